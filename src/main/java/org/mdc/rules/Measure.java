package org.mdc.rules;

import java.util.OptionalLong;

/**
 * A figure held against what a rule requires of it: troops against the minimum credible force,
 * helicopters against the floor. The one place where mdc decides whether a requirement is met and
 * by how much it is missed; findings, comparisons and every renderer read it from here.
 *
 * @param required what the rule asks for
 * @param actual what the zone or mission has
 */
public record Measure(long required, long actual) {

  /** True when the actual figure reaches the requirement. */
  public boolean isMet() {
    return actual >= required;
  }

  /** How far the actual figure falls below the requirement; zero when it does not. */
  public long shortfall() {
    return Math.max(0, required - actual);
  }

  /** The shortfall as a whole percentage of the requirement; empty when nothing is required. */
  public OptionalLong shortfallPercent() {
    return required == 0 ? OptionalLong.empty() : OptionalLong.of(Numbers.roundedPercent(shortfall(), required));
  }

  // equals and hashCode are written out, as the record would derive them, because every
  // assessment compares its two estimates: the derived methods are bound through
  // java.lang.runtime.ObjectMethods on first use, which costs a short command about 10 ms of its
  // start (measured with -Xlog:class+load on examples/darfur-2014.yaml).

  @Override
  public boolean equals(Object other) {
    return other instanceof Measure && ((Measure) other).required == required && ((Measure) other).actual == actual;
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(required) + Long.hashCode(actual);
  }
}
