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
  void darfurNeedsFiftyHelicoptersAndNatoWouldFieldAHundred() {
    List<Finding> found = gaps("helicopter-ratio", TestZones.darfur());
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.required()).hasValue(50);
      assertThat(f.actual()).hasValue(5);
      assertThat(f.shortfall()).isEqualTo(45);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.field()).isEqualTo("mission.helicopters");
      assertThat(f.message()).contains("one per 400: 100");
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
    Zone zone = TestZones.zone(800_000, 1_000).withMission(
        TestZones.mission("M", MissionType.PEACEKEEPING, 2_000, Set.of(Task.PROTECTION_OF_CIVILIANS)).build());
    Finding f = gaps("helicopter-ratio", zone).get(0);
    assertThat(f.field()).isEqualTo("helicopters");
    assertThat(f.required()).hasValue(2); // 1,600 troops required at one per 800
  }

  @Test
  void enablersWarnThatFiguresAreOptimisticWithoutHelicopters() {
    assertThat(gaps("enablers", TestZones.darfur())).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("5 of the 50 helicopters").contains("optimistic"));
    Zone equipped = TestZones.zone(800_000, 1_000).withMission(
        TestZones.mission("M", MissionType.PEACEKEEPING, 2_000, Set.of()).withHelicopters(10, 10).build());
    assertThat(gaps("enablers", equipped)).isEmpty();
  }
}
