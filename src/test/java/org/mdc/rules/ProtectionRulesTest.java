package org.mdc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mdc.rules.RuleFixtures.gaps;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mdc.TestZones;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.HostRole;
import org.mdc.model.MissionType;
import org.mdc.model.Phase;
import org.mdc.model.Reporting;
import org.mdc.model.StaffPolicy;
import org.mdc.model.Task;
import org.mdc.model.Threat;
import org.mdc.model.UseOfForce;
import org.mdc.model.Zone;

/** The rules on whether a force can protect (issue 16), each against its source's own case. */
class ProtectionRulesTest {

  private static final Set<Task> PROTECT = Set.of(Task.PROTECTION_OF_CIVILIANS);

  private static TestZones.MissionBuilder peacekeeping() {
    return TestZones.mission("M", MissionType.PEACEKEEPING, 5_000, PROTECT);
  }

  private static Zone zone(TestZones.MissionBuilder mission) {
    return TestZones.zone(1_000_000, 5_000).withMission(mission.build());
  }

  @Nested
  class UseOfForce {
    @Test
    void aProtectionTaskWithSelfDefenceOnlyIsAnErrorCitingOios() {
      assertThat(gaps("use-of-force", zone(peacekeeping().withUseOfForce(org.mdc.model.UseOfForce.SELF_DEFENCE))))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.field()).isEqualTo("mission.use_of_force");
            assertThat(f.message()).contains("only 20 percent of the time", "OIOS 2014");
          });
    }

    @Test
    void safeAreasAreAProtectionTaskToo() {
      Zone z = TestZones.zone(1_000_000, 5_000).withMission(TestZones.mission("M", MissionType.PEACEKEEPING, 5_000,
          Set.of(Task.SAFE_AREAS)).withUseOfForce(org.mdc.model.UseOfForce.SELF_DEFENCE).build());
      assertThat(gaps("use-of-force", z)).hasSize(1);
    }

    @Test
    void authorityBeyondSelfDefenceOrNoProtectionTaskOrNoStatementIsNoFinding() {
      assertThat(gaps("use-of-force", zone(peacekeeping().withUseOfForce(org.mdc.model.UseOfForce.CHAPTER_VII))))
          .isEmpty();
      assertThat(gaps("use-of-force", zone(peacekeeping()
          .withUseOfForce(org.mdc.model.UseOfForce.PROTECTION_OF_CIVILIANS)))).isEmpty();
      assertThat(gaps("use-of-force", zone(TestZones.mission("M", MissionType.PREVENTIVE_DEPLOYMENT, 1_000, Set.of())
          .withUseOfForce(org.mdc.model.UseOfForce.SELF_DEFENCE)))).isEmpty();
      assertThat(gaps("use-of-force", zone(peacekeeping()))).isEmpty();
    }
  }

  @Nested
  class Caveats {
    @Test
    void listedCaveatsAreAWarningThatNamesThem() {
      assertThat(gaps("caveats", zone(peacekeeping().withCaveats(List.of("no night patrols")))))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.field()).isEqualTo("mission.caveats");
            assertThat(f.message()).contains("a national caveat (no night patrols)", "OIOS");
          });
      assertThat(gaps("caveats", zone(peacekeeping()))).isEmpty();
    }
  }

  @Nested
  class ProtectionByPresence {
    /** Sri Lanka, 2008-09 (002): international staff relocated out of the conflict zone while atrocities went on. */
    @Test
    void relocatingStaffWhileAtrocitiesAreOngoingIsAWarning() {
      Zone sriLanka = zone(TestZones.mission("UN country team", MissionType.POLITICAL_MISSION, 0, Set.of())
          .withStaffPolicy(StaffPolicy.RELOCATE)).withAtrocities(AtrocityRisk.ONGOING);
      assertThat(gaps("protection-by-presence", sriLanka)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.field()).isEqualTo("mission.staff_policy");
        assertThat(f.message()).contains("Sri Lanka");
      });
    }

    @Test
    void stayingOrARemoteRiskIsNoFinding() {
      assertThat(gaps("protection-by-presence", zone(peacekeeping().withStaffPolicy(StaffPolicy.STAY))
          .withAtrocities(AtrocityRisk.IMMINENT))).isEmpty();
      assertThat(gaps("protection-by-presence", zone(peacekeeping().withStaffPolicy(StaffPolicy.RELOCATE))
          .withAtrocities(AtrocityRisk.REMOTE))).isEmpty();
      assertThat(gaps("protection-by-presence", zone(peacekeeping().withStaffPolicy(StaffPolicy.RELOCATE))))
          .as("atrocities unknown").isEmpty();
    }
  }

  @Nested
  class ReconfigurationTriggers {
    /** CAR, 2012-13 (002): BINUCA warned from late 2012; its mandate and staffing were never altered. */
    @Test
    void aMissionAtRisingTensionWithoutATriggerIsAWarning() {
      Zone car = zone(TestZones.mission("BINUCA", MissionType.POLITICAL_MISSION, 0, Set.of()))
          .withPhase(Phase.RISING_TENSION);
      assertThat(gaps("reconfiguration-triggers", car)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.field()).isEqualTo("mission.reporting");
        assertThat(f.message()).contains("CAR", "late 2012");
      });
    }

    @Test
    void aReportingBlockWithoutTriggersIsFoundAtItsTriggers() {
      Zone z = zone(peacekeeping().withReporting(new Reporting(OptionalLong.of(30), List.of())))
          .withPhase(Phase.POST_RUBICON);
      assertThat(gaps("reconfiguration-triggers", z)).singleElement()
          .satisfies(f -> assertThat(f.field()).isEqualTo("mission.reporting.triggers"));
    }

    @Test
    void aTriggerOrALatentOrUnknownPhaseOrNoMissionIsNoFinding() {
      Reporting withTrigger = new Reporting(OptionalLong.empty(), List.of("attacks on camps"));
      assertThat(gaps("reconfiguration-triggers", zone(peacekeeping().withReporting(withTrigger))
          .withPhase(Phase.PRE_RUBICON))).isEmpty();
      assertThat(gaps("reconfiguration-triggers", zone(peacekeeping()).withPhase(Phase.LATENT_TENSION))).isEmpty();
      assertThat(gaps("reconfiguration-triggers", zone(peacekeeping()))).isEmpty();
      assertThat(gaps("reconfiguration-triggers", TestZones.zone(1_000_000, 5_000).withPhase(Phase.RISING_TENSION)))
          .isEmpty();
    }
  }

  @Nested
  class PoliceComponent {
    @Test
    void aForceWithNoPoliceIsAWarningWithPrecedentsNotARatio() {
      assertThat(gaps("police-component", zone(peacekeeping().withPolice(0)))).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.field()).isEqualTo("mission.police");
        assertThat(f.message()).contains("police-like deployments", "one thousand ethnic Albanian policemen",
            "just over fifty international police officers").doesNotContain(" per ");
        assertThat(f.required()).isEmpty();
      });
    }

    @Test
    void policeStatedOrNotStatedOrACivilianMissionIsNoFinding() {
      assertThat(gaps("police-component", zone(peacekeeping().withPolice(50)))).isEmpty();
      assertThat(gaps("police-component", zone(peacekeeping()))).isEmpty();
      assertThat(gaps("police-component", zone(TestZones.mission("M", MissionType.POLITICAL_MISSION, 0, Set.of())
          .withPolice(0)))).isEmpty();
    }
  }

  @Nested
  class AreaCoverage {
    @Test
    void areaPerSoldierAndPerHelicopterAreContextWithoutAThreshold() {
      Zone z = zone(peacekeeping().withHelicopters(4, 4));
      z = new Zone(z.name(), z.population(), z.largestArmedForce(), z.helicopters(), z.hostConsent(), z.hostRole(),
          z.threat(), z.phase(), z.atrocities(), z.armedConflict(), z.objectivesReconcilable(), z.militaryBacking(),
          z.existingPresence(), OptionalLong.of(100_000), z.mission());
      assertThat(gaps("area-coverage", z)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.field()).isEqualTo("area_km2");
        assertThat(f.message()).contains("100,000 km2: 20 km2 per soldier, 25,000 km2 per helicopter",
            "immediate areas of deployment", "no threshold");
        assertThat(f.required()).isEmpty();
      });
    }

    @Test
    void smallAreasKeepADecimalAndNoAreaOrNoTroopsIsNoFinding() {
      assertThat(org.mdc.rules.AreaCoverage.perUnit(1_000, 3_000)).isEqualTo("0.3");
      assertThat(org.mdc.rules.AreaCoverage.perUnit(1, 3_000)).isEqualTo("under 0.1");
      assertThat(org.mdc.rules.AreaCoverage.perUnit(95, 10)).isEqualTo("9.5");
      assertThat(gaps("area-coverage", zone(peacekeeping()))).isEmpty();
    }
  }

  @Nested
  class ContradictoryInputs {
    @Test
    void aPerpetratorHostWithANonStateThreatIsAWarningThatNamesBothFields() {
      Zone z = TestZones.zone(1_000_000, 5_000).withHostRole(HostRole.PERPETRATOR).withThreat(Threat.NON_STATE);
      assertThat(gaps("contradictory-inputs", z)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.field()).isEqualTo("host_role");
        assertThat(f.message()).startsWith("host_role and threat contradict each other").contains("threat: mixed");
      });
    }

    @Test
    void otherContradictionsAreNamedToo() {
      assertThat(gaps("contradictory-inputs", TestZones.zone(1_000_000, 5_000).withHostRole(HostRole.PROTECTOR)
          .withThreat(Threat.REGIME))).singleElement().satisfies(f -> assertThat(f.message()).contains("host_role",
              "threat"));
      assertThat(gaps("contradictory-inputs", TestZones.zone(1_000_000, 5_000).withPhase(Phase.LATENT_TENSION)
          .withAtrocities(AtrocityRisk.ONGOING))).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("phase");
            assertThat(f.message()).contains("phase", "atrocities");
          });
    }

    @Test
    void consistentInputsAreNoFinding() {
      assertThat(gaps("contradictory-inputs", TestZones.darfur())).isEmpty();
      assertThat(gaps("contradictory-inputs", TestZones.zone(1_000_000, 5_000).withHostRole(HostRole.PERPETRATOR)
          .withThreat(Threat.MIXED))).isEmpty();
    }
  }
}
