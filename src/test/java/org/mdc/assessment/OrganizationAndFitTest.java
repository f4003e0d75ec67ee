package org.mdc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mdc.TestZones;
import org.mdc.model.Answer;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.Capacity;
import org.mdc.model.ExistingPresence;
import org.mdc.model.HostConsent;
import org.mdc.model.HostRole;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.MissionType;
import org.mdc.model.Organization;
import org.mdc.model.OrganizationKind;
import org.mdc.model.Phase;
import org.mdc.model.Task;
import org.mdc.model.Threat;
import org.mdc.model.Zone;
import org.mdc.rules.Finding;
import org.mdc.rules.OrganizationChoice;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Severity;

/**
 * Who should mandate and run the primary ({@code organization-choice}), and whether the mission
 * drafted is the configuration the table recommends ({@code configuration-fit}), on the sources'
 * own cases: Kenya 2008, Guinea 2010, Kyrgyzstan 2010, Sri Lanka 2009.
 */
class OrganizationAndFitTest {

  private static final Assessor ASSESSOR = new Assessor(RuleSet.defaults());

  private static OrganizationChoice.Advice organization(Zone zone) {
    return ASSESSOR.assess(zone).organization().orElseThrow();
  }

  private static Optional<Finding> fit(Zone zone) {
    return ASSESSOR.assess(zone).gap("configuration-fit");
  }

  private static Organization org(String name, OrganizationKind kind, Answer covers, Answer willing, Capacity capacity) {
    return new Organization(name, kind, covers, willing, capacity);
  }

  /** Kenya, early 2008 (003, "At the Rubicon"): consent, the parties at the Rubicon, objectives reconcilable. */
  private static Zone kenya() {
    return TestZones.zone(40_000_000, 10_000).withHostRole(HostRole.FAILING).withThreat(Threat.NON_STATE)
        .withPhase(Phase.PRE_RUBICON).withObjectivesReconcilable(Answer.YES);
  }

  /** Guinea, 2009-10 (003, "Confronting Rising Tension"): the junta implicated, no backing, objectives reconcilable. */
  private static Zone guinea() {
    return TestZones.zone(10_000_000, 20_000).withHostRole(HostRole.PERPETRATOR).withHostConsent(HostConsent.PARTIAL)
        .withThreat(Threat.REGIME).withPhase(Phase.RISING_TENSION).withMilitaryBacking(MilitaryBacking.NONE)
        .withObjectivesReconcilable(Answer.YES);
  }

  /** Sri Lanka, 2009 (002): the regime perpetrates, nobody backs a force, objectives irreconcilable: row 1c. */
  private static Zone sriLanka() {
    return guinea().withPhase(Phase.POST_RUBICON).withAtrocities(AtrocityRisk.ONGOING)
        .withObjectivesReconcilable(Answer.NO);
  }

  /** A threat from a neighbour, risk remote, backing committed: row 4, a deterrent presence (UNPREDEP). */
  private static Zone macedonia() {
    return TestZones.zone(2_000_000, 10_000).withHostRole(HostRole.FAILING).withThreat(Threat.NEIGHBOUR)
        .withAtrocities(AtrocityRisk.REMOTE).withMilitaryBacking(MilitaryBacking.COMMITTED)
        .withPhase(Phase.LATENT_TENSION);
  }

  @Nested
  class OrganizationChoiceRule {
    @Test
    void atTheRubiconAnAdHocTeamAsAnnansInKenya() {
      OrganizationChoice.Advice advice = organization(kenya());
      assertThat(advice.kind()).isEqualTo(OrganizationKind.AD_HOC);
      assertThat(advice.name()).isEmpty();
      assertThat(advice.reasons()).extracting(OrganizationChoice.Reason::message)
          .anySatisfy(m -> assertThat(m).contains("mandated by the African Union"))
          .anySatisfy(m -> assertThat(m).startsWith("what would decide it"));
    }

    @Test
    void aWillingRegionalBodyIsNamedAsTheOneToMandateTheTeam() {
      OrganizationChoice.Advice advice = organization(kenya().withOrganizations(List.of(
          org("African Union", OrganizationKind.REGIONAL, Answer.YES, Answer.YES, Capacity.LOW))));
      assertThat(advice.kind()).isEqualTo(OrganizationKind.AD_HOC);
      assertThat(advice.name()).contains("African Union");
      assertThat(advice.reasons()).extracting(OrganizationChoice.Reason::message)
          .anySatisfy(m -> assertThat(m).contains("can mandate a small ad hoc team"))
          .noneSatisfy(m -> assertThat(m).startsWith("what would decide it"));
    }

    @Test
    void row1bGivesARegionalOfficeAsUnowaForGuineaAndNamesItBeforeEcowas() {
      assertThat(organization(guinea()).kind()).isEqualTo(OrganizationKind.REGIONAL_OFFICE);
      OrganizationChoice.Advice advice = organization(guinea().withOrganizations(List.of(
          org("ECOWAS", OrganizationKind.REGIONAL, Answer.YES, Answer.YES, Capacity.UNKNOWN),
          org("UNOWA", OrganizationKind.REGIONAL_OFFICE, Answer.YES, Answer.YES, Capacity.UNKNOWN))));
      assertThat(advice.kind()).isEqualTo(OrganizationKind.REGIONAL_OFFICE);
      assertThat(advice.name()).contains("UNOWA");
      assertThat(advice.reasons()).extracting(OrganizationChoice.Reason::message)
          .anySatisfy(m -> assertThat(m).contains("best value", "politically acceptable"))
          .anySatisfy(m -> assertThat(m).contains("ECOWAS fits too"));
    }

    @Test
    void theOsceIsPassedOverOutsideItsMembersAndTheUnChosen() {
      Zone latent = TestZones.zone(1_000_000, 5_000).withHostRole(HostRole.FAILING).withPhase(Phase.LATENT_TENSION);
      OrganizationChoice.Advice advice = organization(latent.withOrganizations(List.of(
          org("OSCE", OrganizationKind.REGIONAL, Answer.NO, Answer.YES, Capacity.HIGH),
          org("United Nations", OrganizationKind.UN, Answer.YES, Answer.UNKNOWN, Capacity.UNKNOWN))));
      assertThat(advice.kind()).isEqualTo(OrganizationKind.UN);
      assertThat(advice.name()).contains("United Nations");
      assertThat(advice.reasons()).extracting(OrganizationChoice.Reason::message)
          .anySatisfy(m -> assertThat(m).contains("OSCE does not cover the zone", "member states"))
          .anySatisfy(m -> assertThat(m).contains("confirm that it is willing (willing: unknown)"));
    }

    @Test
    void aForceGoesToAWillingAbleRegionalBodyElseToTheUn() {
      assertThat(organization(macedonia()).kind()).isEqualTo(OrganizationKind.UN);
      OrganizationChoice.Advice weak = organization(macedonia().withOrganizations(List.of(
          org("Regional body", OrganizationKind.REGIONAL, Answer.YES, Answer.YES, Capacity.LOW))));
      assertThat(weak.kind()).isEqualTo(OrganizationKind.UN);
      assertThat(weak.name()).isEmpty();
      assertThat(weak.reasons()).extracting(OrganizationChoice.Reason::message)
          .anySatisfy(m -> assertThat(m).contains("none of the organizations listed fits", "rarely have the"
              + " capabilities"));
      OrganizationChoice.Advice able = organization(macedonia().withOrganizations(List.of(
          org("United Nations", OrganizationKind.UN, Answer.YES, Answer.YES, Capacity.HIGH),
          org("Regional body", OrganizationKind.REGIONAL, Answer.YES, Answer.YES, Capacity.HIGH))));
      assertThat(able.kind()).isEqualTo(OrganizationKind.REGIONAL);
      assertThat(able.name()).contains("Regional body");
    }

    @Test
    void whenNothingIsCredibleAnOfficeOutsideWatchesAndReports() {
      assertThat(ASSESSOR.assess(sriLanka()).recommendation().primary()).isEmpty();
      OrganizationChoice.Advice advice = organization(sriLanka());
      assertThat(advice.kind()).isEqualTo(OrganizationKind.REGIONAL_OFFICE);
      assertThat(advice.reasons().get(0).message()).contains("watch", "report");
    }
  }

  @Nested
  class ConfigurationFitRule {
    @Test
    void aConsensualForceDraftedWhereTheRegimePerpetratesIsAWarningWithTheRow() {
      Zone z = guinea().withMilitaryBacking(MilitaryBacking.COMMITTED)
          .withMission(TestZones.mission("Draft", MissionType.PEACEKEEPING, 5_000, Set.of()).build());
      assertThat(fit(z)).hasValueSatisfying(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.field()).isEqualTo("mission.type");
        assertThat(f.message()).contains("decision table row 1 (", "over-the-horizon force");
      });
    }

    @Test
    void aMissionAlreadyOnTheGroundIsInformationThatPointsAtTheExistingPresenceNote() {
      Zone z = TestZones.darfur().withMilitaryBacking(MilitaryBacking.COMMITTED);
      assertThat(z.existingPresence()).isEqualTo(ExistingPresence.PEACEKEEPING);
      assertThat(fit(z)).hasValueSatisfying(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("already on the ground", "existing-presence");
      });
    }

    @Test
    void aPeacekeepingForceFitsAPreventiveDeploymentAndAnOverTheHorizonDraftIsAComplement() {
      Zone pressing = TestZones.zone(1_000_000, 5_000).withHostRole(HostRole.PROTECTOR).withThreat(Threat.NON_STATE)
          .withAtrocities(AtrocityRisk.IMMINENT).withMilitaryBacking(MilitaryBacking.COMMITTED);
      assertThat(fit(pressing.withMission(TestZones.mission("P", MissionType.PEACEKEEPING, 5_000,
          Set.of(Task.PROTECTION_OF_CIVILIANS)).build()))).isEmpty();
      assertThat(fit(pressing.withMission(TestZones.mission("O", MissionType.OVER_THE_HORIZON, 5_000, Set.of())
          .build()))).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("as a complement");
          });
    }

    @Test
    void row1bWantsTheOfficeOutsideTheCountry() {
      assertThat(fit(guinea().withMission(TestZones.mission("UNOWA", MissionType.POLITICAL_MISSION, 0, Set.of())
          .build()))).hasValueSatisfying(f -> assertThat(f.message()).contains("in the country", "row 1b"));
      assertThat(fit(guinea().withMission(TestZones.mission("UNOWA", MissionType.REGIONAL_OFFICE, 0, Set.of())
          .build()))).isEmpty();
    }

    @Test
    void whenNothingIsCredibleAnyDraftIsAWarning() {
      assertThat(fit(sriLanka().withMission(TestZones.mission("Draft", MissionType.PEACEKEEPING, 5_000, Set.of())
          .build()))).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("row 1c", "no configuration mdc sizes credible");
          });
    }

    @Test
    void noMissionIsNoFinding() {
      assertThat(fit(guinea())).isEmpty();
    }
  }
}
