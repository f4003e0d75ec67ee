package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Mission;
import org.mdc.model.Phase;

/**
 * {@code reconfiguration-triggers}: missions are seldom reconfigured when the evidence of risk
 * mounts (002's conclusion); in CAR the UN's peacebuilding office identified the risk of atrocity
 * crimes in late 2012, yet neither its mandate nor its human rights staffing changed as conditions
 * deteriorated. A mission in a zone at rising tension or worse should name the events that reopen
 * its mandate.
 */
// Source: 002 Bellamy & Lupel, "Early warning without confidence", "Problems of coordination", Conclusion.
public final class ReconfigurationTriggers implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "reconfiguration-triggers",
          "At rising tension or worse, a mandate should name the events that reopen it",
          new Source(Source.BELLAMY_LUPEL, "\"Early warning without confidence\" and \"Problems of coordination\" (CAR,"
              + " BINUCA); Conclusion (\"not reconfigured when the evidence of risk mounts\")"))
          .withSeverity(Severity.WARNING)
          .withExample("Central African Republic: BINUCA identified the risk of atrocity crimes as early as late 2012;"
              + " only in September/October 2013 did the UN begin to speak of atrocities publicly, and neither"
              + " BINUCA's mandate nor its human rights staffing was altered in between.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Early warning without confidence\" and \"Problems of"
                  + " coordination\"", "identified the risk of atrocity crimes ... as early as late 2012\"; \"it was not"
                  + " until September/October 2013\"; \"neither the mandate nor staffing of BINUCA's human rights"
                  + " component was altered to respond to the serious deterioration of conditions on the ground from"
                  + " late 2012"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** True at rising tension, at the Rubicon or after it. */
  static boolean risingOrWorse(Phase phase) {
    return phase == Phase.RISING_TENSION || phase == Phase.PRE_RUBICON || phase == Phase.POST_RUBICON;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Phase phase = situation.zone().phase();
    if (!risingOrWorse(phase) || situation.zone().mission().isEmpty()) {
      return;
    }
    Mission m = situation.zone().mission().get();
    List<String> triggers = m.reporting().isPresent() ? m.reporting().get().triggers() : List.of();
    if (triggers.isEmpty()) {
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.MANDATE,
          m.reporting().isPresent() ? "mission.reporting.triggers" : "mission.reporting",
          m.name() + " names no event that would reopen its mandate (reporting.triggers) although the phase is "
              + phase.label() + ": missions are seldom reconfigured when the evidence of risk mounts; in CAR the UN"
              + " office identified the risk in late 2012, yet neither its mandate nor its human rights staffing was"
              + " altered as conditions deteriorated (002)"));
    }
  }
}
