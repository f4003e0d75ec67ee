package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Mission;

/**
 * {@code caveats}: national caveats that troop contributors attach to their troops are among the
 * reasons OIOS gives for missions' reticence to use force: they can exclude it in effect.
 */
// Source: 002 Bellamy & Lupel, "Reticence to use force" (the second of OIOS's six reasons).
public final class Caveats implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "caveats",
          "National caveats can exclude the use of force in effect",
          new Source(Source.BELLAMY_LUPEL, "\"Reticence to use force\", the second of OIOS's six reasons"))
          .withSeverity(Severity.WARNING)
          .withExample("OIOS, 2014, as 002 reports it: troop-contributing countries minimize the risks to their troops"
              + " through a de facto dual line of command, issuing national caveats that effectively exclude the use"
              + " of force.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Reticence to use force\"", "A de facto dual line of command"
                  + " through which troop-contributing countries try to minimize the risks faced by their troops by,"
                  + " among other things, issuing \u201cnational caveats\u201d effectively excluding the use of force"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Mission m = situation.zone().mission().orElse(null);
    if (m != null && !m.caveats().isEmpty()) {
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.MANDATE, "mission.caveats",
          m.name() + "'s troop contributors attach "
              + (m.caveats().size() == 1 ? "a national caveat" : m.caveats().size() + " national caveats")
              + " (" + String.join("; ", m.caveats()) + "): caveats can exclude the use of force in effect, one of"
              + " the reasons OIOS gives for missions' reticence to protect (002); negotiate them away or plan"
              + " without those troops"));
    }
  }
}
