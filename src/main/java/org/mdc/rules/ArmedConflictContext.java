package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Answer;

/**
 * {@code armed-conflict-context}: about 85% of mass atrocities happen in armed conflict, but a
 * sizeable share does not, and its indicators differ (004); outside armed conflict the force-size
 * rules, drawn from protection operations in war, fit less well, and 004's call for police-like
 * deployments and local capacity-building in many atrocity situations weighs more.
 */
// Source: 004 Chatham House, Summary (about 85 per cent in armed conflict settings).
public final class ArmedConflictContext implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "armed-conflict-context",
          "About 85% of mass atrocities happen in armed conflict; outside it, other warning signs and responses apply",
          new Source(Source.CHATHAM_HOUSE, "\"UK perspectives on mass atrocities\"; \"Rethinking intervention and protection capabilities\""))
          .withSeverity(Severity.INFO)
          .withExample("About 85% of mass atrocities occur in armed conflict; in many atrocity situations sustainable"
              + " de-escalation rests on police-like deployments and local capacity-building.",
              Provenance.seed(Source.CHATHAM_HOUSE, "\"UK perspectives on mass atrocities\" and \"Rethinking"
                  + " intervention and protection capabilities\"", "approximately 85 per cent of mass atrocities"
                  + " occurring in armed conflict settings\"; \"sustainable de-escalation will require policy-makers to"
                  + " rely on police-like deployments"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    if (situation.zone().armedConflict() == Answer.NO) {
      out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.CONTEXT, "armed_conflict",
          "there is no armed conflict: about 85% of mass atrocities happen in one, but a sizeable share does not, and"
              + " its warning signs differ from those of conflict (004); the force-size rules come from protection"
              + " operations in war, and police-like deployments and local capacity-building may serve better"));
    }
  }
}
