package org.mdc.assessment;

import java.util.OptionalLong;
import org.mdc.model.MissionEntry;
import org.mdc.rules.ForceRequirement;
import org.mdc.rules.Measure;
import org.mdc.rules.Numbers;
import org.mdc.rules.RuleSet;

/**
 * Measures listed missions against the force-size rules, one at a time, with the same rule
 * objects as {@code assess}: nothing here re-implements a rule.
 */
public final class Comparer {

  private final RuleSet rules;

  public Comparer(RuleSet rules) {
    this.rules = rules;
  }

  public Comparison compare(MissionEntry entry) {
    ForceRequirement force = rules.forceRequirement(entry.population(), entry.largestForce());
    long required = force.requiredMin();
    long troops = entry.troops();
    long helicoptersRequired = rules.helicopterRatio().floor(required);
    OptionalLong coverage = required == 0 ? OptionalLong.empty() : OptionalLong.of(Numbers.percentTenths(troops, required));
    OptionalLong helicopterGap = entry.helicoptersDeployed().isPresent()
        ? OptionalLong.of(entry.helicoptersDeployed().getAsLong() - helicoptersRequired)
        : OptionalLong.empty();
    Comparison.Verdict verdict = Comparison.Verdict.of(
        new Measure(force.density().min(), troops).isMet(), new Measure(force.parity().min(), troops).isMet());
    return new Comparison(entry, force.density(), force.parity(), required, troops - required, coverage,
        helicoptersRequired, helicopterGap, verdict);
  }
}
