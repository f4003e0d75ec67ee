package org.mdc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mdc.TestZones;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.DatedZone;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.MissionType;
import org.mdc.model.Phase;
import org.mdc.model.Task;
import org.mdc.model.Threat;
import org.mdc.model.Zone;
import org.mdc.rules.Finding;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Severity;

/** The timeline: each date assessed, and rule reconfiguration between consecutive dates. */
class TimelineTest {

  private static final Assessor ASSESSOR = new Assessor(RuleSet.defaults());

  /** Rising tension, a non-state threat, a political office on the ground (CAR in 2012, roughly). */
  private static Zone calm() {
    return TestZones.zone(4_600_000, 15_000).withThreat(Threat.NON_STATE).withPhase(Phase.RISING_TENSION)
        .withAtrocities(AtrocityRisk.REMOTE).withMilitaryBacking(MilitaryBacking.UNCERTAIN)
        .withMission(TestZones.mission("OFFICE", MissionType.POLITICAL_MISSION, 0, Set.of()).build());
  }

  private static DatedZone at(String date, Zone zone) {
    return new DatedZone(Optional.of(LocalDate.parse(date)), zone);
  }

  @Test
  void eachDateIsAssessedAsItStood() {
    Zone later = calm().withAtrocities(AtrocityRisk.ONGOING).withPhase(Phase.POST_RUBICON);
    Timeline t = Timeline.of(ASSESSOR, List.of(at("2012-05-29", calm()), at("2013-09-15", later)));
    assertThat(t.entries()).extracting(e -> e.assessment().recommendation().primaryLabel())
        .containsExactly("political-mission", "preventive-deployment");
    assertThat(t.latest().label()).isEqualTo("2013-09-15");
    assertThat(t.latest().assessment()).usingRecursiveComparison().isEqualTo(ASSESSOR.assess(later));
  }

  @Test
  void aChangedRecommendationWithTheSameMissionIsAWarningAtTheLaterDate() {
    Zone later = calm().withAtrocities(AtrocityRisk.ONGOING).withPhase(Phase.POST_RUBICON);
    Timeline t = Timeline.of(ASSESSOR, List.of(at("2012-05-29", calm()), at("2012-12-01", calm()),
        at("2013-09-15", later)));
    assertThat(t.entries().get(1).changes()).isEmpty();
    assertThat(t.reconfigurations()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("reconfiguration");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.field()).isEqualTo("snapshots[2].date");
      assertThat(f.message()).startsWith("on 2013-09-15 the recommendation changed from a political mission")
          .contains("but OFFICE is as described since 2012-05-29");
    });
    assertThat(t.latest().gaps()).extracting(Finding::rule).endsWith("reconfiguration");
  }

  @Test
  void aMissionThatChangesAtTheSameDateIsNoFinding() {
    Zone later = calm().withAtrocities(AtrocityRisk.ONGOING).withPhase(Phase.POST_RUBICON)
        .withMission(TestZones.mission("FORCE", MissionType.PEACEKEEPING, 20_000,
            Set.of(Task.PROTECTION_OF_CIVILIANS)).build());
    assertThat(Timeline.of(ASSESSOR, List.of(at("2012-05-29", calm()), at("2013-09-15", later)))
        .reconfigurations()).isEmpty();
  }

  @Test
  void aFallingForceIsInformationOnly() {
    Zone smaller = TestZones.zone(4_600_000, 10_000).withThreat(Threat.NON_STATE).withPhase(Phase.RISING_TENSION)
        .withAtrocities(AtrocityRisk.REMOTE).withMilitaryBacking(MilitaryBacking.UNCERTAIN)
        .withMission(calm().mission().get());
    assertThat(Timeline.of(ASSESSOR, List.of(at("2012-05-29", calm()), at("2012-06-01", smaller)))
        .reconfigurations()).singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message()).contains("the minimum credible force fell from 15,000 to 10,000");
        });
  }

  @Test
  void theMissionIsDatedFromItsLastChange() {
    Zone office2 = calm().withMission(TestZones.mission("OFFICE", MissionType.POLITICAL_MISSION, 0,
        Set.of(Task.ATROCITY_PREVENTION)).build());
    Zone later = office2.withAtrocities(AtrocityRisk.ONGOING).withPhase(Phase.POST_RUBICON);
    Timeline t = Timeline.of(ASSESSOR, List.of(at("2012-05-29", calm()), at("2012-08-01", office2),
        at("2013-09-15", later)));
    assertThat(t.reconfigurations()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("is as described since 2012-08-01"));
  }

  @Test
  void noMissionAtAllIsStillFlagged() {
    Zone bare = TestZones.zone(4_600_000, 15_000).withThreat(Threat.NON_STATE).withPhase(Phase.RISING_TENSION)
        .withAtrocities(AtrocityRisk.REMOTE).withMilitaryBacking(MilitaryBacking.UNCERTAIN);
    Timeline t = Timeline.of(ASSESSOR, List.of(new DatedZone(Optional.empty(), bare),
        at("2013-09-15", bare.withAtrocities(AtrocityRisk.ONGOING).withPhase(Phase.POST_RUBICON))));
    assertThat(t.entries().get(0).label()).isEqualTo("base");
    assertThat(t.reconfigurations()).singleElement().satisfies(f -> assertThat(f.message())
        .contains("and no mission is described since the base fields: plan the configuration now"));
  }
}
