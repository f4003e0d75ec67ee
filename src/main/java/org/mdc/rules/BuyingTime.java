package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Configuration;
import org.mdc.model.HostConsent;
import org.mdc.model.MissionType;
import org.mdc.model.Zone;

/** {@code buying-time}: a repressive regime may accept a political mission to deflect criticism or buy time. */
// Source: 000 Claes, "Atrocity Prevention through Persuasion".
public final class BuyingTime implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "buying-time",
          "A repressive regime may accept a political mission to deflect criticism or buy time",
          new Source(Source.CLAES, "\"Atrocity Prevention through Persuasion: Political Missions\""))
          .withSeverity(Severity.WARNING)
          .withExample("A regime that plans the atrocities consents to a small political mission: its consent may be a"
              + " way to deflect criticism or gain time, so the mission is a caution, not a safeguard.",
              Provenance.seed(Source.CLAES, "\"Atrocity Prevention through Persuasion: Political Missions\"",
                  "there is a risk that political missions may be accepted by repressive regimes to stave off"
                      + " international criticism or buy time to execute a planned atrocity campaign"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** The warning applies only to a perpetrator regime that would accept a mission at all. */
  private static boolean wouldAccept(Zone zone) {
    return zone.regimeIsPerpetrator() && zone.hostConsent() != HostConsent.NONE;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    if (configuration == Configuration.POLITICAL_MISSION && wouldAccept(situation.zone())) {
      return List.of(Judgment.caveat(INFO.id(),
          "the regime may accept it to deflect criticism or buy time for a planned campaign"));
    }
    return List.of();
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone zone = situation.zone();
    if (!wouldAccept(zone)) {
      return;
    }
    java.util.Optional<org.mdc.model.Mission> political =
        zone.mission().isPresent() && zone.mission().get().type() == MissionType.POLITICAL_MISSION
            ? zone.mission()
            : java.util.Optional.empty();
    if (political.isPresent()) {
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.CONSENT, "mission.type",
          "the regime that accepts " + political.get().name()
              + " is the perpetrator: its consent may be a way to deflect criticism or buy time"));
    } else if (zone.hasPresence(org.mdc.model.ExistingPresence.POLITICAL_MISSION)) {
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.CONSENT, "existing_presence",
          "the regime that accepted the political mission on the ground is the perpetrator: its consent may be a way"
              + " to deflect criticism or buy time"));
    }
  }
}
