package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Mission;
import org.mdc.model.Task;

/** {@code surveillance}: missions need surveillance, early-warning and intelligence capacity to act on early indicators. */
// Source: 000 Claes, Conclusions; 002 Bellamy & Lupel on intelligence.
public final class Surveillance implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "surveillance",
          "Missions need surveillance, early-warning and intelligence capacity to act on early indicators",
          new Source(Source.CLAES, "Conclusions; also 002, \"Intelligence Gathering and Analysis\""))
          .withSeverity(Severity.INFO)
          .withExample("In none of the ten largest attacks on civilians that OIOS evaluated did peacekeepers use force,"
              + " mainly because they were not there when the attack came: a mission must see a threat coming to meet it.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Reticence to Use Force\"", "In none of the ten largest incidents"
                  + " of attacks on civilians evaluated by the report had UN peacekeepers used force during the incident."
                  + " This was primarily because they were not present at the time of the attack"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Mission m = situation.zone().mission().orElse(null);
    if (m != null && !m.has(Task.EARLY_WARNING) && !m.has(Task.HUMAN_RIGHTS_MONITORING)) {
      out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.MANDATE, "mission.tasks",
          m.name() + " has neither an early-warning nor a human-rights-monitoring task to read early indicators"));
    }
  }
}
