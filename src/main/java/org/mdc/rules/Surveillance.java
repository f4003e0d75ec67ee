package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Task;

/** {@code surveillance}: missions need surveillance, early-warning and intelligence capacity to act on early indicators. */
// Source: 000 Claes, Conclusions; 002 Bellamy & Lupel on intelligence.
public final class Surveillance implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "surveillance",
          "Missions need surveillance, early-warning and intelligence capacity to act on early indicators",
          new Source(Source.CLAES, "Conclusions; also 002 on intelligence"))
          .withSeverity(Severity.INFO)
          .withExample("A mission with neither an early-warning nor a human-rights-monitoring task gets a note.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    situation.zone().mission()
        .filter(m -> !m.has(Task.EARLY_WARNING) && !m.has(Task.HUMAN_RIGHTS_MONITORING))
        .ifPresent(m -> out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.MANDATE, "mission.tasks",
            m.name() + " has neither an early-warning nor a human-rights-monitoring task to read early indicators")));
  }
}
