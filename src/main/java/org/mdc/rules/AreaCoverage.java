package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Mission;

/**
 * {@code area-coverage}: even relatively large missions seldom protect beyond their immediate
 * areas of deployment, so protection concentrates in safe areas, corridors and near the bases
 * (002). The zone's area per soldier and per helicopter is shown as context; the sources give no
 * threshold, and mdc invents none.
 */
// Source: 002 Bellamy & Lupel, "Capability gaps".
public final class AreaCoverage implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "area-coverage",
          "Area per soldier and per helicopter, as context: missions seldom protect beyond their bases",
          new Source(Source.BELLAMY_LUPEL, "\"Capability gaps\""))
          .withSeverity(Severity.INFO)
          .withExample("002: even relatively large peacekeeping missions are seldom able to protect throughout their"
              + " area of operations; protection concentrates in safe areas, corridors, or near the bases. No"
              + " threshold of area per soldier is given.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Capability gaps\"", "even relatively large peacekeeping"
                  + " missions are seldom able to provide protection throughout their area of operations or to respond"
                  + " quickly and effectively to emerging situations beyond their immediate areas of deployment"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    if (situation.zone().areaKm2().isEmpty() || situation.zone().mission().isEmpty()) {
      return;
    }
    long area = situation.zone().areaKm2().getAsLong();
    Mission m = situation.zone().mission().get();
    if (m.troops().min() == 0) {
      return;
    }
    StringBuilder text = new StringBuilder(m.name()).append(" covers ").append(Numbers.grouped(area))
        .append(" km2: ").append(perUnit(area, m.troops())).append(" km2 per soldier");
    situation.helicopters().available().ifPresent(h -> text.append(h.min() == 0
        ? ", with no helicopter"
        : ", " + perUnit(area, h) + " km2 per helicopter"));
    text.append("; even large missions seldom protect beyond their immediate areas of deployment, so expect"
        + " protection near the bases, in safe areas and along corridors (002); the sources give no threshold");
    out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.CONTEXT, "area_km2", text.toString()));
  }

  /** {@code area} per unit of a count that may be a range of estimates: "4.2", or "3.1 to 4.2". */
  static String perUnit(long area, org.mdc.model.Range count) {
    return count.isSingle() ? perUnit(area, count.min())
        : perUnit(area, count.max()) + " to " + perUnit(area, count.min());
  }

  /** {@code area / count}: whole from 10 up, with one decimal below, and "under 0.1" below that. */
  static String perUnit(long area, long count) {
    java.math.BigDecimal v = java.math.BigDecimal.valueOf(area)
        .divide(java.math.BigDecimal.valueOf(count), 1, java.math.RoundingMode.HALF_UP);
    if (v.signum() == 0) {
      return "under 0.1";
    }
    return v.compareTo(java.math.BigDecimal.TEN) >= 0
        ? Numbers.grouped(v.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact())
        : v.stripTrailingZeros().toPlainString();
  }
}
