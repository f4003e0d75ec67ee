package org.mdc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mdc.rules.RuleFixtures.gaps;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mdc.TestZones;
import org.mdc.model.MissionType;
import org.mdc.model.Task;
import org.mdc.model.Zone;

/** helicopter-ratio, helicopter-shortfall and enablers with 002's figures. */
class HelicopterRulesTest {

  private final HelicopterRatio ratio = new HelicopterRatio(Rulebook.defaults().settingsFor(HelicopterRatio.INFO));

  @ParameterizedTest(name = "{0}: {1} troops, {2} authorized, floor {3}")
  @CsvSource({
    // The Security Council authorized about one per 800: the floor comes close to both.
    "UNAMID, 19555, 24, 25",
    "MONUSCO, 19815, 29, 25"
  })
  void floorIsNearWhatTheCouncilAuthorized(String mission, long troops, long authorized, long floor) {
    assertThat(ratio.floor(troops)).isEqualTo(floor);
    assertThat(Math.abs(ratio.floor(troops) - authorized)).isLessThanOrEqualTo(4);
  }

  @Test
  void unamidsOwnTroopsNeedTwentyHelicoptersItHadFive() {
    // 002: UNAMID had 15,362 troops (Table 1, July 2014) and "only five" helicopters; at one per 800 its own
    // troops need ceil(15,362 / 800) = 20. The 50 that the 40,000 required would need are a figure, not this gap.
    List<Finding> found = gaps("helicopter-ratio", TestZones.darfur());
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.required()).hasValue(20);
      assertThat(f.actual()).hasValue(5);
      assertThat(f.shortfall()).isEqualTo(15);
      assertThat(f.shortfallPercent()).hasValue(75);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.field()).isEqualTo("mission.helicopters");
    });
    assertThat(RuleSet.defaults().situation(TestZones.darfur()).helicopters().forRequiredForce()).isEqualTo(org.mdc.model.Range.of(50));
  }

  @Test
  void aMissionWithOneHelicopterPer750IsNotShort() {
    // Issue 12: 3,000 troops with 4 helicopters were "short by 3" because the ratio was applied to the
    // required force, counting the troop shortfall a second time.
    Zone zone = TestZones.zone(1_000_000, 5_000).withMission(TestZones.mission("Draft", MissionType.PEACEKEEPING,
        3_000, Set.of(Task.PROTECTION_OF_CIVILIANS)).withHelicopters(4, 4).build());
    assertThat(gaps("helicopter-ratio", zone)).singleElement().satisfies(f -> {
      assertThat(f.isMet()).isTrue();
      assertThat(f.required()).hasValue(4);
    });
  }

  @Test
  void helicoptersNobodyCountedAreAnAssumptionNotAShortfall() {
    // Issue 12: helicopters could not be left unknown, so examples wrote 0 and got "100% short".
    Zone zone = TestZones.zone(6_000_000, 15_000).withMission(TestZones.mission("MINUSMA", MissionType.PEACEKEEPING,
        9_139, Set.of(Task.PROTECTION_OF_CIVILIANS)).build());
    assertThat(zone.helicoptersAtHand()).isEmpty();
    assertThat(gaps("helicopter-ratio", zone)).isEmpty();
    assertThat(gaps("enablers", zone)).isEmpty();
    org.mdc.assessment.Assessment a = new org.mdc.assessment.Assessor(RuleSet.defaults()).assess(zone);
    assertThat(a.assumptions()).anySatisfy(s -> {
      assertThat(s.field()).isEqualTo("helicopters");
      assertThat(s.effect()).contains("its troops need at least 12"); // ceil(9,139 / 800)
    });
  }

  @Test
  void unamidHadFiveOfTwentyFourAuthorizedA79PercentShortfall() {
    List<Finding> found = gaps("helicopter-shortfall", TestZones.darfur());
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.required()).hasValue(24);
      assertThat(f.actual()).hasValue(5);
      assertThat(f.shortfall()).isEqualTo(19);
      assertThat(f.shortfallPercent()).hasValue(79);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void monuscoHadNineteenOfTwentyNine() {
    Zone zone = TestZones.zone(1_000_000, 1_000).withMission(
        TestZones.mission("MONUSCO", MissionType.PEACEKEEPING, 19_815, Set.of()).withHelicopters(19, 29).build());
    assertThat(gaps("helicopter-shortfall", zone)).singleElement()
        .satisfies(f -> assertThat(f.shortfallPercent()).hasValue(34));
  }

  @Test
  void noShortfallWhenAllAuthorizedAreDeployed() {
    Zone zone = TestZones.zone(1_000_000, 1_000).withMission(
        TestZones.mission("M", MissionType.PEACEKEEPING, 1, Set.of()).withHelicopters(24, 24).build());
    assertThat(gaps("helicopter-shortfall", zone)).isEmpty();
  }

  @Test
  void zoneHelicoptersCountWhenTheMissionStatesNone() {
    Zone zone = TestZones.zone(800_000, 1_000).withHelicopters(java.util.Optional.of(org.mdc.model.Range.of(0))).withMission(
        TestZones.mission("M", MissionType.PEACEKEEPING, 2_000, Set.of(Task.PROTECTION_OF_CIVILIANS)).build());
    Finding f = gaps("helicopter-ratio", zone).get(0);
    assertThat(f.field()).isEqualTo("helicopters");
    assertThat(f.required()).hasValue(3); // its own 2,000 troops at one per 800
  }

  @Test
  void enablersWarnThatFiguresAreOptimisticWithoutHelicopters() {
    assertThat(gaps("enablers", TestZones.darfur())).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("5 of the 20 helicopters its own troops need")
            .contains("optimistic"));
    Zone equipped = TestZones.zone(800_000, 1_000).withMission(
        TestZones.mission("M", MissionType.PEACEKEEPING, 2_000, Set.of()).withHelicopters(10, 10).build());
    assertThat(gaps("enablers", equipped)).isEmpty();
  }
}
