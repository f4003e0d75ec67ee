package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Answer;
import org.mdc.model.Configuration;
import org.mdc.model.HostConsent;
import org.mdc.model.Mission;
import org.mdc.model.Phase;
import org.mdc.model.Task;
import org.mdc.model.Zone;

/** {@code reconcilable-objectives}: mediation helps only when the parties' political objectives are reconcilable. */
// Source: 000 Claes, "Atrocity Prevention through Persuasion".
public final class ReconcilableObjectives implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "reconcilable-objectives",
          "Mediation helps only when the parties' political objectives are reconcilable",
          new Source(Source.CLAES, "\"Atrocity Prevention through Persuasion: Political Missions\""))
          .withSeverity(Severity.WARNING)
          .withExample("Rwanda, 1994, and the Islamic State in Iraq: parties \"embarked implacably\" on atrocities are not"
              + " open to mediation; a mission tasked to mediate there is warned, and mediation drops out of the advice.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Limitations of Outside Action\"", "Many internal conflicts are"
                  + " not readily susceptible to outside mediation whether because one or more of the parties have"
                  + " embarked implacably on a course of action leading to atrocities (as in the case of Rwanda or Iraq"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    Zone zone = situation.zone();
    if (configuration != Configuration.POLITICAL_MISSION || zone.objectivesReconcilable() == Answer.YES) {
      return List.of();
    }
    if (zone.objectivesReconcilable() == Answer.UNKNOWN) {
      // In latent tension a mission advises, reassures and warns (003); from rising tension on its work is
      // mediation, which helps only if the objectives are reconcilable (000): a condition not yet known.
      return zone.phase() == Phase.LATENT_TENSION
          ? List.of()
          : List.of(Judgment.condition(INFO.id(),
              "mediation helps only if the parties' objectives are reconcilable, which is not known"
                  + " (objectives_reconcilable: unknown)"));
    }
    if (zone.regimeIsPerpetrator() || zone.hostConsent() == HostConsent.NONE) {
      // Persuasion needs a party open to it: an implacable perpetrator, or a host that refuses any
      // mission, leaves a political mission nothing to work with (000; 002 on Rwanda).
      return List.of(Judgment.unsuitable(INFO.id(),
          "the parties' objectives are not reconcilable and the regime "
              + (zone.regimeIsPerpetrator() ? "is the perpetrator" : "refuses consent")
              + ": persuasion has nothing to work with; monitoring from outside remains a lever, not a mission"));
    }
    return List.of(Judgment.caveat(INFO.id(),
        "the parties' objectives are not reconcilable: mediation will not help; monitoring and early warning still can"));
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    if (situation.zone().objectivesReconcilable() != Answer.NO) {
      return;
    }
    Mission m = situation.zone().mission().orElse(null);
    if (m != null && m.has(Task.MEDIATION)) {
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.MANDATE, "mission.tasks",
          m.name() + " is tasked to mediate, but the parties' objectives are not reconcilable"));
    }
  }
}
