package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Answer;

/**
 * {@code armed-conflict-context}: about 85% of mass atrocities happen in armed conflict; outside
 * it, police-like deployments and local capacity-building weigh more.
 */
// Source: 004 Chatham House, Summary (about 85 per cent in armed conflict settings).
public final class ArmedConflictContext implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "armed-conflict-context",
          "About 85% of mass atrocities happen in armed conflict; outside it, police-like deployments weigh more",
          new Source(Source.CHATHAM_HOUSE, "Summary"))
          .withSeverity(Severity.INFO)
          .withExample("About 85% of mass atrocities happen in armed conflict (004); outside it, as in Kenya 2008, police-like deployments weigh more.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    if (situation.zone().armedConflict() == Answer.NO) {
      out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.CONTEXT, "armed_conflict",
          "there is no armed conflict (the setting of about 85% of mass atrocities): police-like deployments and local"
              + " capacity-building weigh more than troop numbers"));
    }
  }
}
