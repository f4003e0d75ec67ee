package org.mdc.rules;

import java.math.BigDecimal;
import java.util.List;
import org.mdc.model.Range;

/**
 * {@code force-density}: a protection force needs 2 to 10 troops per 1,000 inhabitants of the
 * crisis zone; the low end is the minimum.
 */
// Source: 002 Bellamy & Lupel, "Capability gaps" and Table 1, citing O'Hanlon & Singer (2004).
public final class ForceDensity implements Rule {

  private static final Provenance RATE = Provenance.seed(Source.BELLAMY_LUPEL, "\"Capability gaps\"",
      "2–10 troops are required for every 1,000 inhabitants within a crisis zone");

  public static final RuleInfo INFO =
      new RuleInfo(
          "force-density",
          "Troops for the population at risk: 2 to 10 per 1,000 inhabitants; the low end is the minimum",
          new Source(Source.BELLAMY_LUPEL, "\"Capability gaps\" and Table 1, citing O'Hanlon & Singer (2004)"),
          List.of(
              Parameter.of("per_thousand_min", 2, 0, 1000, "troops per 1,000 inhabitants, low end (the minimum)", RATE),
              Parameter.of("per_thousand_max", 10, 0, 1000, "troops per 1,000 inhabitants, high end", RATE)))
          .withSeverity(Severity.INFO)
          .withExample("Darfur, c. 6 million people: 2 to 10 per 1,000 gives 12,000 to 60,000 troops, as 002's Table 1 has it.",
              Provenance.seed(Source.BELLAMY_LUPEL, "Table 1", "Darfur, Sudan  c.6 million  UNAMID  12,000–60,000"));

  private final BigDecimal perThousandMin;
  private final BigDecimal perThousandMax;
  /** Both rates as whole numbers, or -1 when either has a fraction (then the exact decimal path is taken). */
  private final long wholeMin;
  private final long wholeMax;

  public ForceDensity(Rulebook.Settings settings) {
    this.perThousandMin = settings.value("per_thousand_min");
    this.perThousandMax = settings.value("per_thousand_max");
    if (perThousandMin.compareTo(perThousandMax) > 0) {
      throw new IllegalArgumentException(
          "force-density: per_thousand_min " + perThousandMin + " is above per_thousand_max " + perThousandMax);
    }
    if (perThousandMax.compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw new IllegalArgumentException(
          "force-density: per_thousand_max " + perThousandMax + " is above 1000 (one soldier per inhabitant)");
    }
    boolean whole = perThousandMin.stripTrailingZeros().scale() <= 0 && perThousandMax.stripTrailingZeros().scale() <= 0;
    this.wholeMin = whole ? perThousandMin.longValueExact() : -1;
    this.wholeMax = whole ? perThousandMax.longValueExact() : -1;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Troops for {@code population} inhabitants, each end rounded up to a whole soldier. */
  public Range required(long population) {
    if (wholeMin >= 0) {
      return new Range(Numbers.perThousand(population, wholeMin), Numbers.perThousand(population, wholeMax));
    }
    return new Range(
        Numbers.perThousand(population, perThousandMin), Numbers.perThousand(population, perThousandMax));
  }

  /**
   * Troops for a population given as a range of estimates: the low end at the low rate for the
   * low estimate, the high end at the high rate for the high estimate.
   */
  public Range required(Range population) {
    if (population.isSingle()) {
      return required(population.min());
    }
    return new Range(required(population.min()).min(), required(population.max()).max());
  }
}
