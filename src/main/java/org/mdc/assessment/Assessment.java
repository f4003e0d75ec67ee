package org.mdc.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mdc.model.Range;
import org.mdc.model.Zone;
import org.mdc.rules.Finding;
import org.mdc.rules.ForceRequirement;
import org.mdc.rules.HelicopterNeed;
import org.mdc.rules.OrganizationChoice;
import org.mdc.rules.Rulebook;
import org.mdc.rules.Severity;

/**
 * Everything {@code mdc} concludes about one zone, as plain values: renderers read this and
 * compute nothing.
 *
 * @param zone the zone as read
 * @param rulebook the rulebook in force
 * @param force troops the force-size rules require
 * @param helicopters helicopters the required force needs, and those at hand
 * @param recommendation the decision table's answer and its trace
 * @param configurations the three configurations with their verdicts
 * @param gaps the gap report, in rule order
 * @param assumptions the unknown inputs and what they would change
 * @param politicalMissionStaff staff guidance for a political mission in this phase
 * @param overTheHorizon what an over-the-horizon force needs, when one is recommended
 * @param organization who should mandate and run the primary; empty when the rulebook turns the
 *     rule off
 * @param sensitivity the values of the numeric inputs at which the answer would change, the ones
 *     that matter most first
 */
public record Assessment(
    Zone zone,
    Rulebook rulebook,
    ForceRequirement force,
    HelicopterNeed helicopters,
    Recommendation recommendation,
    List<ConfigurationVerdict> configurations,
    List<Finding> gaps,
    List<Assumption> assumptions,
    Range politicalMissionStaff,
    Optional<OverTheHorizonPlan> overTheHorizon,
    Optional<OrganizationChoice.Advice> organization,
    List<Sensitivity> sensitivity) {

  public Assessment {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(rulebook, "rulebook");
    Objects.requireNonNull(force, "force");
    Objects.requireNonNull(helicopters, "helicopters");
    Objects.requireNonNull(recommendation, "recommendation");
    configurations = List.copyOf(configurations);
    gaps = List.copyOf(gaps);
    assumptions = List.copyOf(assumptions);
    Objects.requireNonNull(politicalMissionStaff, "politicalMissionStaff");
    Objects.requireNonNull(overTheHorizon, "overTheHorizon");
    Objects.requireNonNull(organization, "organization");
    sensitivity = List.copyOf(sensitivity);
  }

  /** The first gap that {@code rule} reported, if any: renderers read met and severity here, never recompute them. */
  public java.util.Optional<Finding> gap(String rule) {
    for (Finding g : gaps) {
      if (g.rule().equals(rule)) {
        return java.util.Optional.of(g);
      }
    }
    return java.util.Optional.empty();
  }

  /** How many gaps have {@code severity}. */
  public long count(Severity severity) {
    long count = 0;
    for (Finding g : gaps) {
      if (g.severity() == severity) {
        count++;
      }
    }
    return count;
  }
}
