package org.mdc.rules;

import java.util.Objects;

/**
 * A requirement measured at both ends of the planner's estimates. The low estimate takes every
 * count at the low end of its range (the population, the mission's troops, the helicopters),
 * the high estimate every count at its high end; the largest armed force counts at its low end
 * in both, as the minimum credible force has always taken it. With no range given, the two
 * ends are the same measure.
 *
 * @param low the measure at the low estimate, the one the minimum credible force is sized from
 * @param high the measure at the high estimate
 */
public record Estimates(Measure low, Measure high) {

  public Estimates {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
  }

  /** True when both ends are the same measure: no range was given that reaches this requirement. */
  public boolean isSingle() {
    return low.equals(high);
  }

  /** True when the requirement is met at both ends. */
  public boolean isMet() {
    return low.isMet() && high.isMet();
  }

  /**
   * The distance at both ends in words, saying when the verdict differs between them: "met at
   * the low estimate, short by 160 (24%) at the high estimate only".
   */
  public String distance() {
    if (isMet()) {
      return "met at both estimates";
    }
    if (!low.isMet() && !high.isMet()) {
      return "short by " + shortfall(low) + " at the low estimate and by " + shortfall(high) + " at the high estimate";
    }
    return low.isMet()
        ? "met at the low estimate, short by " + shortfall(high) + " at the high estimate only"
        : "short by " + shortfall(low) + " at the low estimate only, met at the high estimate";
  }

  /** A shortfall as the messages write it: {@code 24,638 (62%)}. */
  static String shortfall(Measure m) {
    return Numbers.grouped(m.shortfall())
        + (m.shortfallPercent().isPresent() ? " (" + m.shortfallPercent().getAsLong() + "%)" : "");
  }
}
