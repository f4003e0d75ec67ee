package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Mission;
import org.mdc.model.Task;
import org.mdc.model.UseOfForce;

/**
 * {@code use-of-force}: a mission tasked to protect civilians (or safe areas) whose mandate
 * allows force only in self-defence cannot do what it is tasked to do. Even with the authority,
 * missions seldom use it: 002 cites OIOS (2014), which found that missions with protection
 * mandates responded to attacks on civilians only 20 percent of the time, rarely with force.
 */
// Source: 002 Bellamy & Lupel, "Reticence to use force".
public final class UseOfForceRule implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "use-of-force",
          "A protection task needs authority to use force beyond self-defence",
          new Source(Source.BELLAMY_LUPEL, "\"Reticence to use force\", citing OIOS (2014)"))
          .withSeverity(Severity.ERROR)
          .withExample("OIOS, 2014: missions with civilian-protection mandates responded to attacks on civilians only 20"
              + " percent of the time, and rarely with force; in none of the ten largest attacks it evaluated had"
              + " peacekeepers used force.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Reticence to use force\"", "missions with civilian-protection"
                  + " mandates responded to attacks on civilians only 20 percent of the time and that responses rarely"
                  + " involved the use of force"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** True when {@code mission} is tasked to protect civilians, directly or in safe areas. */
  static boolean protects(Mission mission) {
    return mission.has(Task.PROTECTION_OF_CIVILIANS) || mission.has(Task.SAFE_AREAS);
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Mission m = situation.zone().mission().orElse(null);
    if (m != null && protects(m) && m.useOfForce().isPresent() && !m.useOfForce().get().beyondSelfDefence()) {
      out.accept(Finding.of(INFO.id(), Severity.ERROR, Topic.MANDATE, "mission.use_of_force",
          m.name() + " is tasked to protect civilians but may use force only in self-defence (use_of_force: "
              + UseOfForce.SELF_DEFENCE.label() + "): authorize force to protect civilians; even with that authority,"
              + " missions with protection mandates responded to attacks on civilians only 20 percent of the time,"
              + " rarely with force (002, citing OIOS 2014)"));
    }
  }
}
