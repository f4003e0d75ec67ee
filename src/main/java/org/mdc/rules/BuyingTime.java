package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Configuration;
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
          .withExample("A regime that is the perpetrator accepts a small political mission: mdc warns that consent may be a way to deflect criticism or gain time (000).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    if (configuration == Configuration.POLITICAL_MISSION && situation.zone().regimeIsPerpetrator()) {
      return List.of(new Judgment(INFO.id(), false,
          "the regime may accept it to deflect criticism or buy time for a planned campaign"));
    }
    return List.of();
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone zone = situation.zone();
    zone.mission()
        .filter(m -> m.type() == MissionType.POLITICAL_MISSION && zone.regimeIsPerpetrator())
        .ifPresent(mission -> out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.CONSENT, "mission.type",
            "the regime that accepts " + mission.name()
                + " is the perpetrator: its consent may be a way to deflect criticism or buy time")));
  }
}
