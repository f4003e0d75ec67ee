package org.mdc.rules;

import java.util.function.Consumer;

/**
 * {@code enablers}: the force-size rules assume troops deployed with enablers (helicopters,
 * ground transport, weaponry, intelligence, communications, hospital support); a mission short of
 * lift for its own troops makes the figures optimistic.
 */
// Source: 002 Bellamy & Lupel, "Capability gaps".
public final class Enablers implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "enablers",
          "The troop figures assume enablers (helicopters, transport, intelligence, communications, hospitals)",
          new Source(Source.BELLAMY_LUPEL, "\"Capability gaps\""))
          .withSeverity(Severity.INFO)
          .withExample("UNAMID had 5 of its 24 authorized helicopters: its troop figures overstate what it could do.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Capability gaps\"", "the minimum \u201crules of thumb\u201d relate"
                  + " to the number of soldiers deployed with relevant force enablers, such as helicopters, ground"
                  + " transportation, weaponry, intelligence capabilities, communication assets, and hospital support"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    HelicopterNeed need = situation.helicopters();
    if (situation.zone().mission().isEmpty() || need.forMission().isEmpty() || need.available().isEmpty()) {
      return;
    }
    org.mdc.model.Range own = need.forMission().get();
    org.mdc.model.Range available = need.available().get();
    if (!new Estimates(new Measure(own.min(), available.min()), new Measure(own.max(), available.max())).isMet()) {
      boolean missionStates = situation.zone().mission().get().helicopters().isPresent();
      out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.HELICOPTERS, missionStates ? "mission.helicopters" : "helicopters",
          "with " + Numbers.grouped(available) + " of the " + Numbers.grouped(own)
              + " helicopters its own troops need, the troop figures are optimistic: they assume troops deployed with"
              + " helicopters, ground transport, intelligence, communications and hospital support"));
    }
  }
}
