package org.mdc.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mdc.TestZones;
import org.mdc.model.Answer;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.Configuration;
import org.mdc.model.ExistingPresence;
import org.mdc.model.HostConsent;
import org.mdc.model.HostRole;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.MissionType;
import org.mdc.model.Phase;
import org.mdc.model.Task;
import org.mdc.model.Threat;
import org.mdc.model.Zone;
import org.mdc.rules.Finding;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Severity;

/**
 * The decision table, row by row, with feasibility first: a row whose configuration is not
 * feasible falls through, and the trace says why. The expected rows follow the README's reading
 * of 000, 002 and 003; each test names the passage it rests on.
 */
class DecisionTableTest {

  private static final Assessor ASSESSOR = new Assessor(RuleSet.defaults());

  private static Recommendation decide(Zone zone) {
    return ASSESSOR.recommend(zone);
  }

  private static Assessment assess(Zone zone) {
    return ASSESSOR.assess(zone);
  }

  /** Consent given, regime not the perpetrator, everything else unknown: nothing above row 6 can match. */
  private static Zone consenting() {
    return TestZones.zone(2_000_000, 10_000).withHostRole(HostRole.FAILING);
  }

  /** The regime is the perpetrator and consents in part, as in Darfur. */
  private static Zone perpetrator(MilitaryBacking backing, Answer objectives) {
    return consenting().withHostRole(HostRole.PERPETRATOR).withHostConsent(HostConsent.PARTIAL)
        .withThreat(Threat.REGIME).withPhase(Phase.POST_RUBICON).withAtrocities(AtrocityRisk.ONGOING)
        .withMilitaryBacking(backing).withObjectivesReconcilable(objectives);
  }

  @Nested
  class Row1NoConsentOrPerpetrator {
    @Test
    void committedBackingMakesTheForceOutsideRecommended() {
      Assessment a = assess(perpetrator(MilitaryBacking.COMMITTED, Answer.YES));
      assertThat(a.recommendation().row().id()).isEqualTo("1");
      assertThat(a.recommendation().primary()).contains(Configuration.OVER_THE_HORIZON);
      assertThat(verdict(a, Configuration.OVER_THE_HORIZON)).isEqualTo(Verdict.RECOMMENDED);
      assertThat(a.recommendation().complements()).extracting(Complement::kind).containsExactly("political-mission");
    }

    @Test
    void uncertainBackingMakesItConditionalWithTheConditionNamed() {
      Assessment a = assess(perpetrator(MilitaryBacking.UNCERTAIN, Answer.YES));
      assertThat(a.recommendation().primary()).contains(Configuration.OVER_THE_HORIZON);
      ConfigurationVerdict oth = a.configurations().get(2);
      assertThat(oth.verdict()).isEqualTo(Verdict.CONDITIONAL);
      assertThat(oth.reasons()).anySatisfy(r -> {
        assertThat(r.rule()).isEqualTo("deterrence-credibility");
        assertThat(r.message()).contains("only if states commit");
      });
    }

    @Test
    void withoutBackingTheForceIsNotCredibleAndARegionalOfficeMediates() {
      // Issue 12: an over-the-horizon force came out primary with military_backing none. 003's model success,
      // UNOWA with ECOWAS in Guinea and UNRCCA in Kyrgyzstan, is a regional office mediating from outside.
      Assessment a = assess(perpetrator(MilitaryBacking.NONE, Answer.YES));
      Recommendation r = a.recommendation();
      assertThat(r.row().id()).isEqualTo("1b");
      assertThat(r.primary()).contains(Configuration.POLITICAL_MISSION);
      assertThat(r.form()).contains("regional office outside the country").contains("UNOWA");
      assertThat(r.trace()).extracting(RowTrial::row, RowTrial::truth)
          .containsExactly(tuple("1", Truth.YES), tuple("1b", Truth.YES));
      assertThat(r.trace().get(0).fallThrough()).hasValueSatisfying(why ->
          assertThat(why).contains("over-the-horizon force is not credible").contains("military backing: none"));
      assertThat(verdict(a, Configuration.OVER_THE_HORIZON)).isEqualTo(Verdict.NOT_CREDIBLE);
      assertThat(r.notes()).extracting(Recommendation.Note::rule).contains("host-perpetrator", "buying-time");
    }

    @Test
    void nothingCredibleIsSaidPlainlyWithTheLeversAndWhatWouldChangeIt() {
      // Rwanda-like: perpetrator, no backing, a party "embarked implacably" (002): no configuration is credible.
      Assessment a = assess(perpetrator(MilitaryBacking.NONE, Answer.NO));
      Recommendation r = a.recommendation();
      assertThat(r.row().id()).isEqualTo("1c");
      assertThat(r.primary()).isEmpty();
      assertThat(r.primaryLabel()).isEqualTo("none");
      assertThat(r.form()).startsWith("none: no configuration mdc sizes is credible");
      assertThat(r.complements()).isNotEmpty().allSatisfy(c -> {
        assertThat(c.configuration()).isEmpty();
        assertThat(c.rule()).isEqualTo("political-levers");
      });
      assertThat(r.complements()).extracting(Complement::role)
          .anySatisfy(role -> assertThat(role).contains("report civilian casualties"))
          .anySatisfy(role -> assertThat(role).contains("protect by presence"))
          .anySatisfy(role -> assertThat(role).contains("one voice"));
      assertThat(r.notes()).anySatisfy(n -> {
        assertThat(n.rule()).isEqualTo("deterrence-credibility");
        assertThat(n.message()).contains("committed military backing would make an over-the-horizon force");
      });
      assertThat(r.notes()).anySatisfy(n -> assertThat(n.message()).contains("regional office outside"));
      assertThat(a.configurations()).extracting(ConfigurationVerdict::verdict)
          .containsExactly(Verdict.UNSUITABLE, Verdict.UNSUITABLE, Verdict.NOT_CREDIBLE);
    }

    @Test
    void mediatingWithAPerpetratorNeedsObjectivesKnownToBeReconcilable() {
      // Unknown is not taken as yes where the regime is the perpetrator: it may engage to buy time (000).
      // The casebook's reader expected Darfur 2014 (no backing, objectives unknown) to be "none".
      Assessment a = assess(perpetrator(MilitaryBacking.NONE, Answer.UNKNOWN));
      assertThat(a.recommendation().row().id()).isEqualTo("1c");
      assertThat(a.recommendation().trace()).extracting(RowTrial::row, RowTrial::truth)
          .containsExactly(tuple("1", Truth.YES), tuple("1b", Truth.UNKNOWN), tuple("1c", Truth.YES));
      assertThat(a.assumptions()).anySatisfy(s -> {
        assertThat(s.field()).isEqualTo("objectives_reconcilable");
        assertThat(s.effect()).contains("if yes: row 1b, a political mission from a regional office");
      });
      assertThat(a.recommendation().notes()).anySatisfy(n -> assertThat(n.message())
          .startsWith("if the parties' objectives are known to be reconcilable: a political mission"));
    }

    @Test
    void aHostThatRefusesConsentIsRowOneToo() {
      Zone zone = consenting().withHostConsent(HostConsent.NONE).withMilitaryBacking(MilitaryBacking.COMMITTED);
      Recommendation r = decide(zone);
      assertThat(r.row().id()).isEqualTo("1");
      assertThat(r.notes()).anySatisfy(n -> assertThat(n.rule()).isEqualTo("host-consent"));
    }
  }

  @Test
  void row2AtTheRubiconAMediationTeam() {
    Recommendation r = decide(consenting().withPhase(Phase.PRE_RUBICON).withAtrocities(AtrocityRisk.ONGOING)
        .withThreat(Threat.NON_STATE).withMilitaryBacking(MilitaryBacking.UNCERTAIN));
    assertThat(r.row().id()).isEqualTo("2");
    assertThat(r.primary()).contains(Configuration.POLITICAL_MISSION);
    assertThat(r.form()).contains("small, flexible mediation team");
    assertThat(r.complements()).extracting(Complement::kind).containsExactly("over-the-horizon");
  }

  @Test
  void row2NeedsObjectivesThatMayBeReconciled() {
    // 000: "Political mediation, however, is only useful when the political objectives of the conflicting
    // parties are reconcilable."
    Recommendation r = decide(consenting().withPhase(Phase.PRE_RUBICON).withAtrocities(AtrocityRisk.ONGOING)
        .withThreat(Threat.NON_STATE).withObjectivesReconcilable(Answer.NO).withMilitaryBacking(MilitaryBacking.COMMITTED));
    assertThat(r.trace().get(1).truth()).isEqualTo(Truth.NO);
    assertThat(r.row().id()).isEqualTo("3");
  }

  @Test
  void row3NonStateThreatWithAtrocitiesImminent() {
    Recommendation r = decide(consenting().withPhase(Phase.RISING_TENSION).withThreat(Threat.NON_STATE)
        .withAtrocities(AtrocityRisk.IMMINENT).withMilitaryBacking(MilitaryBacking.COMMITTED));
    assertThat(r.row().id()).isEqualTo("3");
    assertThat(r.primary()).contains(Configuration.PREVENTIVE_DEPLOYMENT);
    assertThat(r.complements()).extracting(Complement::kind).containsExactly("political-mission", "over-the-horizon");
    assertThat(r.trace()).extracting(RowTrial::truth).containsExactly(Truth.NO, Truth.NO, Truth.YES);
  }

  @Test
  void row3DropsMediationWhenObjectivesAreIrreconcilable() {
    Recommendation r = decide(consenting().withPhase(Phase.POST_RUBICON).withThreat(Threat.NEIGHBOUR)
        .withAtrocities(AtrocityRisk.ONGOING).withObjectivesReconcilable(Answer.NO)
        .withMilitaryBacking(MilitaryBacking.COMMITTED));
    assertThat(r.complements()).extracting(Complement::kind).containsExactly("over-the-horizon");
  }

  @Test
  void row3bWithoutBackingTheHostsConsentServesACivilianPresence() {
    // 003, Kyrgyzstan 2010: no deployment was backed; UNRCCA, based outside, and the OSCE helped the government.
    Assessment a = assess(consenting().withPhase(Phase.POST_RUBICON).withThreat(Threat.NON_STATE)
        .withAtrocities(AtrocityRisk.ONGOING).withMilitaryBacking(MilitaryBacking.NONE));
    Recommendation r = a.recommendation();
    assertThat(r.row().id()).isEqualTo("3b");
    assertThat(r.primary()).contains(Configuration.POLITICAL_MISSION);
    assertThat(r.form()).contains("regional office outside the country");
    assertThat(r.complements()).isEmpty(); // no over-the-horizon reserve that nobody would back
    assertThat(verdict(a, Configuration.PREVENTIVE_DEPLOYMENT)).isEqualTo(Verdict.NOT_CREDIBLE);
  }

  @Test
  void row4DeterrentPresenceAsUnpredep() {
    Recommendation r = decide(consenting().withPhase(Phase.LATENT_TENSION).withThreat(Threat.NEIGHBOUR)
        .withAtrocities(AtrocityRisk.REMOTE).withMilitaryBacking(MilitaryBacking.COMMITTED));
    assertThat(r.row().id()).isEqualTo("4");
    assertThat(r.form()).contains("deterrent presence");
  }

  @Test
  void row4NeedsCommittedBacking() {
    Recommendation r = decide(consenting().withPhase(Phase.LATENT_TENSION).withThreat(Threat.NEIGHBOUR)
        .withAtrocities(AtrocityRisk.REMOTE).withMilitaryBacking(MilitaryBacking.UNCERTAIN));
    assertThat(r.row().id()).isEqualTo("6");
  }

  @Test
  void row5RisingTension() {
    Recommendation r = decide(consenting().withPhase(Phase.RISING_TENSION).withThreat(Threat.NON_STATE)
        .withAtrocities(AtrocityRisk.REMOTE));
    assertThat(r.row().id()).isEqualTo("5");
    assertThat(r.primary()).contains(Configuration.POLITICAL_MISSION);
    assertThat(r.form()).contains("mediation");
    Recommendation none = decide(consenting().withPhase(Phase.RISING_TENSION).withThreat(Threat.NON_STATE)
        .withAtrocities(AtrocityRisk.REMOTE).withObjectivesReconcilable(Answer.NO));
    assertThat(none.form()).contains("mediation will not help");
  }

  @Test
  void row6Otherwise() {
    Recommendation r = decide(consenting().withPhase(Phase.LATENT_TENSION).withThreat(Threat.NON_STATE)
        .withAtrocities(AtrocityRisk.REMOTE));
    assertThat(r.row().id()).isEqualTo("6");
    assertThat(r.trace()).extracting(RowTrial::row).containsExactly("1", "2", "3", "4", "5", "6");
  }

  @Test
  void theTableNeverEndsOnAConfigurationTheReportCallsUnsuitable() {
    // Issue 12: examples/kyrgyzstan-2010.yaml ended with primary "preventive deployment", verdict unsuitable.
    Zone kyrgyzstan = consenting().withHostConsent(HostConsent.PARTIAL).withThreat(Threat.NON_STATE)
        .withPhase(Phase.POST_RUBICON).withAtrocities(AtrocityRisk.ONGOING).withMilitaryBacking(MilitaryBacking.NONE)
        .withExistingPresence(ExistingPresence.REGIONAL_OFFICE);
    Assessment a = assess(kyrgyzstan);
    ConfigurationVerdict primary = a.configurations().stream()
        .filter(v -> v.role() == ConfigurationVerdict.Role.PRIMARY).findFirst().orElseThrow();
    assertThat(primary.verdict().isFeasible()).isTrue();
  }

  @Test
  void unknownInputsNeverMatchSilently() {
    // host_role and threat unknown: row 1 cannot be decided, so it is traced as unknown...
    Zone zone = TestZones.zone(2_000_000, 10_000);
    Recommendation r = decide(zone);
    assertThat(r.trace().get(0).truth()).isEqualTo(Truth.UNKNOWN);
    // ...and the assessment lists how knowing it would change the answer.
    Assessment a = assess(zone);
    assertThat(a.assumptions()).anySatisfy(s -> {
      assertThat(s.field()).isEqualTo("host_role");
      assertThat(s.effect()).contains("if perpetrator: row 1, an over-the-horizon force");
    });
    assertThat(a.assumptions()).extracting(Assumption::field)
        .contains("threat", "phase", "atrocities", "military_backing", "armed_conflict", "existing_presence",
            "helicopters");
  }

  @Nested
  class AdviceAgreesWithEveryInput {
    @Test
    void anExistingMissionIsTheEyesOfAForceHeldOutside() {
      // Issue 12: existing-presence said "reach this by expanding" the mission on the ground when the primary
      // was a force held outside the country.
      Assessment a = assess(TestZones.darfur());
      assertThat(a.recommendation().primary()).contains(Configuration.OVER_THE_HORIZON);
      assertThat(a.recommendation().notes()).filteredOn(n -> n.rule().equals("existing-presence"))
          .singleElement().satisfies(n -> assertThat(n.message()).contains("eyes of the force held outside")
              .doesNotContain("expanding"));
      assertThat(a.gap("existing-presence")).hasValueSatisfying(f ->
          assertThat(f.message()).contains("eyes of the force held outside"));
    }

    @Test
    void whenNothingIsCredibleTheStaffOnTheGroundStay() {
      Assessment a = assess(perpetrator(MilitaryBacking.NONE, Answer.NO)
          .withExistingPresence(ExistingPresence.POLITICAL_MISSION));
      assertThat(a.gap("existing-presence")).hasValueSatisfying(f ->
          assertThat(f.message()).contains("protect by presence"));
    }

    @Test
    void aForceNobodyDescribedIsWhatTheBackingMustBringNeverAShortfall() {
      // Issue 12: with no mission described the gap report said "no force is deployed ... short by 10,000
      // (100%)" at severity error.
      Zone zone = consenting().withThreat(Threat.NON_STATE).withAtrocities(AtrocityRisk.ONGOING)
          .withMilitaryBacking(MilitaryBacking.COMMITTED);
      Finding f = assess(zone).gap("force-required").orElseThrow();
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.shortfall()).isZero();
      assertThat(f.message()).contains("no mission is described").contains("not a shortfall")
          .doesNotContain("short by");
    }

    @Test
    void equalMinimumsAreSaidToBeEqual() {
      // Issue 12: "the density minimum (20,000) is above parity (20,000)".
      Zone zone = TestZones.zone(10_000_000, 20_000).withMission(TestZones.mission("M", MissionType.PEACEKEEPING,
          1_000, Set.of(Task.PROTECTION_OF_CIVILIANS)).build());
      assertThat(assess(zone).gap("force-required")).hasValueSatisfying(f -> assertThat(f.message())
          .contains("both 20,000").doesNotContain("is above"));
    }
  }

  @Test
  void verdictsFollowFeasibility() {
    Assessment a = assess(TestZones.darfur());
    assertThat(a.configurations()).extracting(ConfigurationVerdict::configuration, ConfigurationVerdict::verdict)
        .containsExactly(
            // mediating from a regional office is conditional on objectives not known to be reconcilable
            tuple(Configuration.POLITICAL_MISSION, Verdict.CONDITIONAL),
            tuple(Configuration.PREVENTIVE_DEPLOYMENT, Verdict.UNSUITABLE),
            tuple(Configuration.OVER_THE_HORIZON, Verdict.CONDITIONAL));
    assertThat(a.overTheHorizon()).hasValueSatisfying(p -> assertThat(p.troopsToBring()).isEqualTo(org.mdc.model.Range.of(40_000)));
  }

  @Test
  void aNotChosenButPossibleConfigurationIsConditional() {
    Zone zone = consenting().withPhase(Phase.RISING_TENSION).withThreat(Threat.NON_STATE)
        .withAtrocities(AtrocityRisk.REMOTE)
        .withMission(TestZones.mission("M", MissionType.POLITICAL_MISSION, 0, Set.of()).build());
    Assessment a = assess(zone);
    assertThat(a.configurations().get(1).verdict()).isEqualTo(Verdict.CONDITIONAL);
    assertThat(a.configurations().get(1).role()).isEqualTo(ConfigurationVerdict.Role.NOT_CHOSEN);
  }

  private static Verdict verdict(Assessment a, Configuration c) {
    return a.configurations().stream().filter(v -> v.configuration() == c).findFirst().orElseThrow().verdict();
  }

}
