package org.mdc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mdc.TestZones;
import org.mdc.model.Answer;
import org.mdc.model.Configuration;
import org.mdc.model.ExistingPresence;
import org.mdc.model.Zone;

/** Which presence on the ground is the platform for which configuration. */
class ExistingPresenceAdviceTest {

  private static Zone with(ExistingPresence... presences) {
    Zone z = TestZones.zone(1_000_000, 5_000);
    return new Zone(z.name(), z.population(), z.largestArmedForce(), z.helicopters(), z.hostConsent(), z.hostRole(),
        z.threat(), z.phase(), z.atrocities(), z.armedConflict(), z.objectivesReconcilable(), z.militaryBacking(),
        presences[0], z.areaKm2(), z.mission(), z.organizations(), List.of(presences));
  }

  @Test
  void oneOfTheFormerValuesKeepsItsAdvice() {
    for (ExistingPresence p : List.of(ExistingPresence.POLITICAL_MISSION, ExistingPresence.REGIONAL_OFFICE,
        ExistingPresence.PEACEKEEPING)) {
      for (Optional<Configuration> primary : List.of(Optional.<Configuration>empty(),
          Optional.of(Configuration.OVER_THE_HORIZON), Optional.of(Configuration.PREVENTIVE_DEPLOYMENT))) {
        assertThat(ExistingPresenceRule.advice(with(p), primary)).isEqualTo(ExistingPresenceRule.advice(p, primary));
      }
    }
  }

  @Test
  void aForceHeldOutsideHasTheInCountryPresencesAsItsEyes() {
    String advice = ExistingPresenceRule.advice(with(ExistingPresence.REGIONAL_OFFICE, ExistingPresence.REGIONAL_FORCE),
        Optional.of(Configuration.OVER_THE_HORIZON));
    assertThat(advice).contains("the regional office is the platform for mediation and good offices beside the"
        + " over-the-horizon force").contains("the regional force is the eyes of the force held outside");
  }

  @Test
  void aPoliticalMissionIsBuiltOnThePoliticalOffice() {
    String advice = ExistingPresenceRule.advice(with(ExistingPresence.COUNTRY_TEAM, ExistingPresence.POLITICAL_MISSION),
        Optional.of(Configuration.POLITICAL_MISSION));
    assertThat(advice).startsWith("2 presences are already on the ground: the UN country team is configured for"
        + " humanitarian and development work")
        .contains("the political mission is the platform for the political mission: expand its mandate");
  }

  @Test
  void whenNothingIsCredibleEveryoneInTheCountryStays() {
    String advice = ExistingPresenceRule.advice(with(ExistingPresence.PEACEKEEPING, ExistingPresence.COUNTRY_TEAM),
        Optional.empty());
    assertThat(advice).contains("the peacekeeping mission should keep its international staff in place")
        .contains("the UN country team should keep its international staff in place");
  }

  @Test
  void noMediationWhereObjectivesAreNotReconcilable() {
    Zone z = with(ExistingPresence.POLITICAL_MISSION, ExistingPresence.PEACEKEEPING).withObjectivesReconcilable(Answer.NO);
    assertThat(ExistingPresenceRule.advice(z, Optional.of(Configuration.PREVENTIVE_DEPLOYMENT)))
        .doesNotContain("mediation and good offices").contains("mediation waits until");
  }

  @Test
  void aListCannotMixNoneWithAPresence() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> with(ExistingPresence.NONE, ExistingPresence.PEACEKEEPING))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
