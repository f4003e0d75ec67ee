package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Mission;

/**
 * {@code helicopter-shortfall}: helicopters deployed against helicopters authorized. 002 reports
 * a 40% shortfall across missions: UNAMID had 5 of 24, MONUSCO 19 of 29.
 */
// Source: 002 Bellamy & Lupel, "Capability gaps", citing Sherman, Kugel & Sinclair (2012).
public final class HelicopterShortfall implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "helicopter-shortfall",
          "Helicopters deployed against helicopters authorized (40% short across missions; UNAMID 5 of 24)",
          new Source(Source.BELLAMY_LUPEL, "\"Capability gaps\", citing Sherman, Kugel & Sinclair (2012)"))
          .withSeverity(Severity.WARNING)
          .withExample("UNAMID had 5 of 24 authorized helicopters (79% short), MONUSCO 19 of 29 (34% short).",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Capability gaps\"", "one study found a 40 percent shortfall in"
                  + " the number of helicopters deployed ... UNAMID had only five of its authorized twenty-four helicopters,"
                  + " and ... MONUSCO only had nineteen of the twenty-nine authorized"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    if (situation.zone().mission().isPresent()) {
      check(situation.zone().mission().get(), out);
    }
  }

  private static void check(Mission mission, Consumer<Finding> out) {
    if (mission.helicopters().isEmpty() || mission.helicoptersAuthorized().isEmpty()) {
      return;
    }
    Measure measure = new Measure(mission.helicoptersAuthorized().getAsLong(), mission.helicopters().getAsLong());
    if (measure.isMet()) {
      return;
    }
    out.accept(Finding.ofFigures(INFO.id(), Severity.WARNING, Topic.HELICOPTERS, "mission.helicopters", measure,
        mission.name() + " has " + Numbers.grouped(measure.actual()) + " of the " + Numbers.grouped(measure.required())
            + " helicopters authorized: " + Numbers.grouped(measure.shortfall()) + " missing ("
            + measure.shortfallPercent().getAsLong() + "%); across missions 002 reports a 40% shortfall"));
  }
}
