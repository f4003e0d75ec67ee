package org.mdc.rules;

import org.mdc.model.ArmedForce;
import org.mdc.model.Range;

/**
 * {@code force-parity}: the protection force must be at least as large as the largest
 * indigenous armed force; a range when the estimate is one.
 */
// Source: 002 Bellamy & Lupel, "Capability gaps" and Table 1 ("Method 2").
public final class ForceParity implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "force-parity",
          "Troops at least equal to the largest armed force in the zone (a range when its size is)",
          new Source(Source.BELLAMY_LUPEL, "\"Capability gaps\" and Table 1, method 2"))
          .withSeverity(Severity.INFO)
          .withExample("Darfur, July 2014: 002's Table 1 puts the size required by method 2 at 40,000 to 45,000 troops.",
              Provenance.seed(Source.BELLAMY_LUPEL, "Table 1", "Required Size: Method 2 ... 40,000–45,000"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Troops to match {@code force}. */
  public Range required(ArmedForce force) {
    return required(force.strength());
  }

  /** Troops to match a force of {@code strength}. */
  public Range required(Range strength) {
    return strength;
  }
}
