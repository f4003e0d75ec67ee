package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;

/**
 * {@code police-component}: in many atrocity situations sustainable de-escalation needs
 * police-like deployments and local capacity-building rather than an over-representation of
 * combat soldiers (004). A military mission in the country with no police is flagged, with the
 * precedents of 003; the sources give precedents, not a ratio of police to troops, and mdc
 * invents none.
 */
// Source: 004 Chatham House, "Rethinking intervention and protection capabilities"; precedents in
// 003 Gowan, "Across the Rubicon?".
public final class PoliceComponent implements Rule {

  /** The sources' precedents, as a planner reads them: counts that happened, not ratios. */
  public static final String PRECEDENTS = "precedents: the OSCE in Macedonia after 2001 oversaw the redeployment of"
      + " police and began training one thousand ethnic Albanian policemen; in Kyrgyzstan in 2010 it was mandated to"
      + " send just over fifty international police officers, a plan then watered down (003)";

  public static final RuleInfo INFO =
      new RuleInfo(
          "police-component",
          "A military mission in the country without police: 004 calls for police-like deployments",
          new Source(Source.CHATHAM_HOUSE, "\"Rethinking intervention and protection capabilities\"; precedents in 003,"
              + " \"Across the Rubicon?\""))
          .withSeverity(Severity.WARNING)
          .withExample("Macedonia after 2001: the OSCE mission oversaw the redeployment of police officers and began"
              + " training one thousand additional ethnic Albanian policemen; Kyrgyzstan, 2010: the OSCE was mandated"
              + " to deploy just over fifty international police officers, a plan later watered down. Precedents, not a"
              + " ratio.",
              Provenance.seed(Source.GOWAN, "\"Across the Rubicon?\"", "overseeing the redeployment of police officers"
                  + " and initiating the training of one thousand additional ethnic Albanian policemen\"; \"mandated to"
                  + " deploy just over fifty international police officers to the areas affected by violence"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Mission m = situation.zone().mission().orElse(null);
    if (m != null && (m.type() == MissionType.PEACEKEEPING || m.type() == MissionType.PREVENTIVE_DEPLOYMENT)
        && m.police().isPresent() && m.police().getAsLong() == 0) {
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.MANDATE, "mission.police",
          m.name() + " has no police: in many atrocity situations sustainable de-escalation needs police-like"
              + " deployments and local capacity-building rather than more combat soldiers (004); " + PRECEDENTS));
    }
  }
}
