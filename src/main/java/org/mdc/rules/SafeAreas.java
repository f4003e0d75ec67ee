package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Mission;
import org.mdc.model.Task;

/**
 * {@code safe-areas}: safe areas protect only those who reach them, concentrate civilians where
 * a failed defence is lethal (Srebrenica, 1995) and leave other areas as danger zones; the force
 * at a safe area needs parity with the largest armed force.
 */
// Source: 002 Bellamy & Lupel, "Capability gaps".
public final class SafeAreas implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "safe-areas",
          "Safe areas concentrate civilians where a failed defence is lethal (Srebrenica, 1995); they need parity",
          new Source(Source.BELLAMY_LUPEL, "\"Capability gaps\""))
          .withSeverity(Severity.WARNING)
          .withExample("Srebrenica, 1995: civilians concentrated in a safe area were exposed to atrocities when its"
              + " defence failed.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Capability gaps\"", "facilitates the concentration of civilian"
                  + " populations making them more vulnerable to atrocities if the peacekeepers fail to defend the zone"
                  + " (as happened in Srebrenica in 1995)"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    long parity = situation.force().parity().min();
    Mission m = situation.zone().mission().orElse(null);
    if (m != null && m.has(Task.SAFE_AREAS)) {
      out.accept(Finding.ofEstimates(INFO.id(), Severity.WARNING, Topic.MANDATE, "mission.tasks",
          new Estimates(new Measure(parity, m.troops().min()), new Measure(parity, m.troops().max())),
          m.name() + " is tasked with safe areas: they protect only those who reach them, draw civilians together where a"
              + " failed defence is lethal (Srebrenica, 1995) and leave other areas as danger zones; the force at a safe area"
              + " needs parity with the largest armed force, " + Numbers.grouped(parity) + " troops"));
    }
  }
}
