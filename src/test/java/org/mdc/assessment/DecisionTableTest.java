package org.mdc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mdc.TestZones;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.Configuration;
import org.mdc.model.HostConsent;
import org.mdc.model.HostRole;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.MissionType;
import org.mdc.model.Phase;
import org.mdc.model.Threat;
import org.mdc.model.Zone;
import org.mdc.rules.RuleSet;

/** The brief's decision table, row by row, with the trace of the rows above the one that fires. */
class DecisionTableTest {

  /** Consent given, regime not the perpetrator, everything else unknown: nothing above row 6 can match. */
  private static Zone consenting() {
    return TestZones.zone(2_000_000, 10_000).withHostRole(HostRole.FAILING);
  }

  private static Zone withConsent(Zone z, HostConsent consent) {
    return new Zone(z.name(), z.population(), z.largestArmedForce(), z.helicopters(), consent, z.hostRole(),
        z.threat(), z.phase(), z.atrocities(), z.armedConflict(), z.objectivesReconcilable(), z.militaryBacking(),
        z.existingPresence(), z.areaKm2(), z.mission());
  }

  @Test
  void row1NoConsent() {
    Recommendation r = DecisionTable.decide(withConsent(consenting(), HostConsent.NONE));
    assertThat(r.row().number()).isEqualTo(1);
    assertThat(r.primary()).isEqualTo(Configuration.OVER_THE_HORIZON);
    assertThat(r.complements()).extracting(Complement::configuration).containsExactly(Configuration.POLITICAL_MISSION);
    assertThat(r.notes()).anySatisfy(n -> assertThat(n.message()).contains("no consensual configuration suffices"));
  }

  @Test
  void row1RegimeIsThePerpetratorEvenWithConsent() {
    assertThat(DecisionTable.decide(TestZones.darfur()).row().number()).isEqualTo(1);
    assertThat(DecisionTable.decide(consenting().withHostRole(HostRole.PROTECTOR).withThreat(Threat.REGIME)).row().number())
        .isEqualTo(1);
  }

  @Test
  void row2AtTheRubiconAMediationTeam() {
    Recommendation r = DecisionTable.decide(consenting().withPhase(Phase.PRE_RUBICON).withAtrocities(AtrocityRisk.ONGOING)
        .withThreat(Threat.NON_STATE));
    assertThat(r.row().number()).isEqualTo(2);
    assertThat(r.primary()).isEqualTo(Configuration.POLITICAL_MISSION);
    assertThat(r.row().form()).contains("small, flexible mediation team");
    assertThat(r.complements()).extracting(Complement::configuration).containsExactly(Configuration.OVER_THE_HORIZON);
  }

  @Test
  void row3NonStateThreatWithAtrocitiesImminent() {
    Recommendation r = DecisionTable.decide(consenting().withPhase(Phase.RISING_TENSION).withThreat(Threat.NON_STATE)
        .withAtrocities(AtrocityRisk.IMMINENT));
    assertThat(r.row().number()).isEqualTo(3);
    assertThat(r.primary()).isEqualTo(Configuration.PREVENTIVE_DEPLOYMENT);
    assertThat(r.complements()).extracting(Complement::configuration)
        .containsExactly(Configuration.POLITICAL_MISSION, Configuration.OVER_THE_HORIZON);
    assertThat(r.trace()).extracting(RowTest::truth).containsExactly(Truth.NO, Truth.NO, Truth.YES);
  }

  @Test
  void row3DropsMediationWhenObjectivesAreIrreconcilable() {
    Recommendation r = DecisionTable.decide(consenting().withPhase(Phase.POST_RUBICON).withThreat(Threat.NEIGHBOUR)
        .withAtrocities(AtrocityRisk.ONGOING).withObjectivesReconcilable(org.mdc.model.Answer.NO));
    assertThat(r.complements()).extracting(Complement::configuration).containsExactly(Configuration.OVER_THE_HORIZON);
  }

  @Test
  void row4DeterrentPresenceAsUnpredep() {
    Recommendation r = DecisionTable.decide(consenting().withPhase(Phase.LATENT_TENSION).withThreat(Threat.NEIGHBOUR)
        .withAtrocities(AtrocityRisk.REMOTE).withMilitaryBacking(MilitaryBacking.COMMITTED));
    assertThat(r.row().number()).isEqualTo(4);
    assertThat(r.row().form()).contains("deterrent presence");
  }

  @Test
  void row4NeedsCommittedBacking() {
    Recommendation r = DecisionTable.decide(consenting().withPhase(Phase.LATENT_TENSION).withThreat(Threat.NEIGHBOUR)
        .withAtrocities(AtrocityRisk.REMOTE).withMilitaryBacking(MilitaryBacking.UNCERTAIN));
    assertThat(r.row().number()).isEqualTo(6);
  }

  @Test
  void row5RisingTension() {
    Recommendation r = DecisionTable.decide(consenting().withPhase(Phase.RISING_TENSION).withThreat(Threat.NON_STATE)
        .withAtrocities(AtrocityRisk.REMOTE));
    assertThat(r.row().number()).isEqualTo(5);
    assertThat(r.primary()).isEqualTo(Configuration.POLITICAL_MISSION);
  }

  @Test
  void row6Otherwise() {
    Recommendation r = DecisionTable.decide(consenting().withPhase(Phase.LATENT_TENSION).withThreat(Threat.NON_STATE)
        .withAtrocities(AtrocityRisk.REMOTE));
    assertThat(r.row().number()).isEqualTo(6);
    assertThat(r.trace()).hasSize(6);
  }

  @Test
  void unknownInputsNeverMatchSilently() {
    // host_role and threat unknown: row 1 cannot be decided, so it is traced as unknown...
    Zone zone = TestZones.zone(2_000_000, 10_000);
    Recommendation r = DecisionTable.decide(zone);
    assertThat(r.trace().get(0).truth()).isEqualTo(Truth.UNKNOWN);
    // ...and the assessment lists how knowing it would change the answer.
    Assessment a = new Assessor(RuleSet.defaults()).assess(zone);
    assertThat(a.assumptions()).anySatisfy(s -> {
      assertThat(s.field()).isEqualTo("host_role");
      assertThat(s.effect()).contains("if perpetrator: row 1, an over-the-horizon force");
    });
    assertThat(a.assumptions()).extracting(Assumption::field)
        .contains("threat", "phase", "atrocities", "military_backing", "armed_conflict", "existing_presence");
  }

  @Test
  void anExistingMissionChangesHowNotWhich() {
    Zone darfur = TestZones.darfur();
    Recommendation r = DecisionTable.decide(darfur);
    assertThat(r.notes()).anySatisfy(n -> assertThat(n.rule()).isEqualTo("existing-presence"));
  }

  @Test
  void verdictsFollowTheRowsAndTheBlockingRules() {
    Assessment a = new Assessor(RuleSet.defaults()).assess(TestZones.darfur());
    assertThat(a.configurations()).extracting(ConfigurationVerdict::configuration, ConfigurationVerdict::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Configuration.POLITICAL_MISSION, Verdict.RECOMMENDED),
            org.assertj.core.groups.Tuple.tuple(Configuration.PREVENTIVE_DEPLOYMENT, Verdict.UNSUITABLE),
            org.assertj.core.groups.Tuple.tuple(Configuration.OVER_THE_HORIZON, Verdict.RECOMMENDED));
    assertThat(a.overTheHorizon()).hasValueSatisfying(p -> {
      assertThat(p.troopsToBring()).isEqualTo(40_000);
      assertThat(p.tooSlowHours()).isEqualTo(24);
    });
  }

  @Test
  void aNotChosenButPossibleConfigurationIsConditional() {
    Zone zone = consenting().withPhase(Phase.RISING_TENSION).withThreat(Threat.NON_STATE)
        .withAtrocities(AtrocityRisk.REMOTE)
        .withMission(TestZones.mission("M", MissionType.POLITICAL_MISSION, 0, Set.of()).build());
    Assessment a = new Assessor(RuleSet.defaults()).assess(zone);
    assertThat(a.configurations().get(1).verdict()).isEqualTo(Verdict.CONDITIONAL);
    assertThat(a.configurations().get(1).role()).isEqualTo(ConfigurationVerdict.Role.NOT_CHOSEN);
  }
}
