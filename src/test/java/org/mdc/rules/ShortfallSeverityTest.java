package org.mdc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mdc.rules.RuleFixtures.gaps;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mdc.TestZones;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.MissionType;
import org.mdc.model.Task;
import org.mdc.model.Zone;

/** The brief's "What the force-size rules measure": when a distance to the rules is a shortfall. */
class ShortfallSeverityTest {

  @ParameterizedTest(name = "{0} mission, atrocities {1}, protection task {2}: {3}")
  @CsvSource({
    "political-mission, ongoing, false, INFO",
    "political-mission, remote, true, INFO",
    "preventive-deployment, remote, false, INFO",
    "preventive-deployment, remote, true, ERROR",
    "preventive-deployment, imminent, false, ERROR",
    "peacekeeping, ongoing, false, ERROR",
    "peacekeeping, remote, true, ERROR",
    "peacekeeping, remote, false, INFO",
    "peacekeeping, unknown, false, WARNING",
    "over-the-horizon, imminent, false, ERROR"
  })
  void severityFollowsTheBrief(String type, String atrocities, boolean protects, Severity expected) {
    Zone zone = TestZones.zone(6_000_000, 40_000)
        .withAtrocities(AtrocityRisk.valueOf(atrocities.toUpperCase()))
        .withMission(TestZones.mission("M", MissionType.valueOf(type.toUpperCase().replace('-', '_')), 100,
            protects ? Set.of(Task.PROTECTION_OF_CIVILIANS) : Set.of()).build());
    assertThat(ForceRequired.shortfallSeverity(zone)).isEqualTo(expected);
  }

  @Test
  void noMissionIsInformationEvenWithAtrocitiesOngoing() {
    // Issue 12: this was an error, "no force is deployed ... short by 40,000 (100%)", a call for a ground
    // force nobody proposed. Without a mission the figure is what a backing force must be able to bring.
    Zone zone = TestZones.zone(6_000_000, 40_000).withAtrocities(AtrocityRisk.ONGOING);
    Finding f = gaps("force-required", zone).get(0);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.required()).isEmpty();
    assertThat(f.message()).startsWith("no mission is described").contains("at least 40,000 troops");
  }

  @Test
  void darfurTroopGapIsUnamid15362AgainstParity40000() {
    Finding f = gaps("force-required", TestZones.darfur()).get(0);
    assertThat(f.required()).hasValue(40_000);
    assertThat(f.actual()).hasValue(15_362);
    assertThat(f.shortfall()).isEqualTo(24_638);
    assertThat(f.shortfallPercent()).hasValue(62);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.field()).isEqualTo("mission.troops");
    assertThat(f.message()).contains("parity with the largest armed force (40,000)");
  }

  @Test
  void deterrentPresenceShowsWhatTheBackingMustBring() {
    // UNPREDEP: about 1,050 troops for about 2 million people at remote risk (the brief).
    Zone macedonia = TestZones.zone(2_000_000, 10_000).withAtrocities(AtrocityRisk.REMOTE)
        .withMission(TestZones.mission("UNPREDEP", MissionType.PREVENTIVE_DEPLOYMENT, 1_050, Set.of()).build());
    Finding f = gaps("force-required", macedonia).get(0);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("not a shortfall").contains("backing must be able to bring");
  }

  @Test
  void aMetRequirementIsInfoAndSaysSo() {
    Zone zone = TestZones.zone(1_000_000, 1_000).withAtrocities(AtrocityRisk.ONGOING)
        .withMission(TestZones.mission("Big", MissionType.PEACEKEEPING, 5_000, Set.of()).build());
    Finding f = gaps("force-required", zone).get(0);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.shortfall()).isZero();
    assertThat(f.message()).endsWith(": met");
  }
}
