package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Task;

/** {@code atrocity-mandate}: the mandate should name atrocity prevention from the start; missions are seldom reconfigured later. */
// Source: 000 Claes, Conclusions; 002 Bellamy & Lupel on mandates.
public final class AtrocityMandate implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "atrocity-mandate",
          "The mandate should name atrocity prevention from the start",
          new Source(Source.CLAES, "Conclusions; also 002 on protection mandates"))
          .withSeverity(Severity.WARNING)
          .withExample("A mission whose tasks omit atrocity-prevention while atrocities are ongoing: warned; at remote risk, a note.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    boolean pressing = situation.zone().atrocities().isPressing();
    situation.zone().mission().ifPresentOrElse(mission -> {
      if (!mission.has(Task.ATROCITY_PREVENTION)) {
        out.accept(Finding.of(INFO.id(), pressing ? Severity.WARNING : Severity.INFO, Topic.MANDATE, "mission.tasks",
            mission.name() + "'s mandate does not name atrocity prevention"
                + (pressing ? " although atrocities are " + situation.zone().atrocities().label()
                    : "; write it in now, missions are seldom reconfigured when risk mounts")));
      }
    }, () -> out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.MANDATE, "",
        "whatever mission is launched should name atrocity prevention in its mandate from the start")));
  }
}
