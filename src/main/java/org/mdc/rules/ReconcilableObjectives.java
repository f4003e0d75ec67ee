package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Answer;
import org.mdc.model.Configuration;
import org.mdc.model.Task;

/** {@code reconcilable-objectives}: mediation helps only when the parties' political objectives are reconcilable. */
// Source: 000 Claes, "Atrocity Prevention through Persuasion".
public final class ReconcilableObjectives implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "reconcilable-objectives",
          "Mediation helps only when the parties' political objectives are reconcilable",
          new Source(Source.CLAES, "\"Atrocity Prevention through Persuasion: Political Missions\""))
          .withSeverity(Severity.WARNING)
          .withExample("A mission tasked with mediation where objectives_reconcilable is no: warned, and mediation drops out of the complements.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    if (configuration == Configuration.POLITICAL_MISSION && situation.zone().objectivesReconcilable() == Answer.NO) {
      return List.of(new Judgment(INFO.id(), false,
          "the parties' objectives are not reconcilable: mediation will not help; monitoring and early warning still can"));
    }
    return List.of();
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    if (situation.zone().objectivesReconcilable() != Answer.NO) {
      return;
    }
    situation.zone().mission()
        .filter(m -> m.has(Task.MEDIATION))
        .ifPresent(m -> out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.MANDATE, "mission.tasks",
            m.name() + " is tasked to mediate, but the parties' objectives are not reconcilable")));
  }
}
