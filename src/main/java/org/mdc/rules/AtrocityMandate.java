package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Mission;
import org.mdc.model.Task;

/** {@code atrocity-mandate}: the mandate should name atrocity prevention from the start; missions are seldom reconfigured later. */
// Source: 000 Claes, Conclusions; 002 Bellamy & Lupel on mandates.
public final class AtrocityMandate implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "atrocity-mandate",
          "The mandate should name atrocity prevention from the start",
          new Source(Source.CLAES, "Conclusions; also 002, Conclusion (\"not reconfigured when the evidence of risk mounts\")"))
          .withSeverity(Severity.WARNING)
          .withExample("Central African Republic, 2012-13: the UN's peacebuilding office identified the risk of atrocities"
              + " in late 2012, but neither the mandate nor the staffing of its human rights component was altered as"
              + " conditions deteriorated.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Problems of Coordination\"", "neither the mandate nor staffing"
                  + " of BINUCA's human rights component was altered to respond to the serious deterioration of"
                  + " conditions on the ground from late 2012"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    boolean pressing = situation.zone().atrocities().isPressing();
    if (situation.zone().mission().isEmpty()) {
      out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.MANDATE, "",
          "whatever mission is launched should name atrocity prevention in its mandate from the start"));
      return;
    }
    Mission mission = situation.zone().mission().get();
    if (!mission.has(Task.ATROCITY_PREVENTION)) {
      out.accept(Finding.of(INFO.id(), pressing ? Severity.WARNING : Severity.INFO, Topic.MANDATE, "mission.tasks",
          mission.name() + "'s mandate does not name atrocity prevention"
              + (pressing ? " although atrocities are " + situation.zone().atrocities().label()
                  : "; write it in now, missions are seldom reconfigured when risk mounts")));
    }
  }
}
