package org.mdc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mdc.assessment.Assessment;
import org.mdc.assessment.Assessor;
import org.mdc.assessment.Comparer;
import org.mdc.assessment.Comparison;
import org.mdc.io.InputProblem;
import org.mdc.io.ZoneReader;
import org.mdc.io.csv.CsvReading;
import org.mdc.io.csv.RowHandler;
import org.mdc.model.HostConsent;
import org.mdc.model.MissionEntry;
import org.mdc.model.MissionType;
import org.mdc.model.Range;
import org.mdc.model.Task;
import org.mdc.model.Zone;
import org.mdc.report.JsonReport;
import org.mdc.rules.Finding;
import org.mdc.rules.ForceRequirement;
import org.mdc.rules.RuleSet;

/**
 * Properties of the force figures over seeded random inputs (each repetition is one seed, so a
 * failure names the seed that reproduces it).
 */
class PropertiesTest {

  private static final RuleSet RULES = RuleSet.defaults();
  private static final int CASES = 200;

  private static Random random(RepetitionInfo info) {
    return new Random(1_000_003L * info.getCurrentRepetition());
  }

  private static long between(Random r, long min, long max) {
    return min + (long) (r.nextDouble() * (max - min + 1));
  }

  @RepeatedTest(20)
  void densityScalesLinearlyWithPopulation(RepetitionInfo info) {
    Random r = random(info);
    for (int i = 0; i < CASES; i++) {
      long thousands = between(r, 1, 10_000_000);
      long k = between(r, 1, 1000);
      Range one = RULES.forceRequirement(thousands * 1000, Range.of(0)).density();
      Range scaled = RULES.forceRequirement(thousands * 1000 * k, Range.of(0)).density();
      assertThat(scaled.min()).isEqualTo(one.min() * k);
      assertThat(scaled.max()).isEqualTo(one.max() * k);
      long p = between(r, 1, 1_000_000_000L);
      Range any = RULES.forceRequirement(p, Range.of(0)).density();
      Range times = RULES.forceRequirement(p * k, Range.of(0)).density();
      // Rounding up to whole troops: within k troops of exact scaling, never above it.
      assertThat(times.min()).isBetween(any.min() * k - k, any.min() * k);
    }
  }

  private static <E extends Enum<E>> E pick(Random r, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[r.nextInt(values.length)];
  }

  /** A zone with every categorical input drawn at random, and a random mission or none. */
  private static Zone randomZone(Random r) {
    Zone zone = TestZones.zone(between(r, 1, 100_000_000), between(r, 0, 1_000_000))
        .withHostConsent(pick(r, HostConsent.class)).withHostRole(pick(r, org.mdc.model.HostRole.class))
        .withThreat(pick(r, org.mdc.model.Threat.class)).withPhase(pick(r, org.mdc.model.Phase.class))
        .withAtrocities(pick(r, org.mdc.model.AtrocityRisk.class))
        .withObjectivesReconcilable(pick(r, org.mdc.model.Answer.class))
        .withMilitaryBacking(pick(r, org.mdc.model.MilitaryBacking.class))
        .withExistingPresence(pick(r, org.mdc.model.ExistingPresence.class))
        .withHelicopters(r.nextBoolean() ? java.util.Optional.empty() : java.util.Optional.of(Range.of(between(r, 0, 200))));
    if (r.nextBoolean()) {
      Set<Task> tasks = new java.util.HashSet<>();
      for (Task t : Task.values()) {
        if (r.nextInt(3) == 0) {
          tasks.add(t);
        }
      }
      zone = zone.withMission(TestZones.mission("M", pick(r, MissionType.class), between(r, 0, 100_000), tasks)
          .withCivilians(between(r, 0, 3_000)).build());
    }
    return zone;
  }

  @RepeatedTest(20)
  void thePrimaryIsAlwaysFeasibleAndNeverAConfigurationTheReportRulesOut(RepetitionInfo info) {
    // Issue 12: the table must fall through a row whose configuration the same report calls unsuitable.
    Random r = random(info);
    Assessor assessor = new Assessor(RULES);
    for (int i = 0; i < CASES; i++) {
      Zone zone = randomZone(r);
      Assessment a = assessor.assess(zone);
      a.configurations().stream()
          .filter(v -> v.role() != org.mdc.assessment.ConfigurationVerdict.Role.NOT_CHOSEN)
          .forEach(v -> assertThat(v.verdict().isFeasible()).as("%s in %s", v, zone).isTrue());
      assertThat(a.recommendation().primary().isPresent())
          .as("a primary exists unless row 1c said plainly that none is credible")
          .isEqualTo(!a.recommendation().row().id().equals("1c"));
      // Force figures for a force nobody described are never a shortfall.
      if (zone.mission().isEmpty()) {
        assertThat(a.gaps()).filteredOn(g -> g.rule().equals("force-required") || g.rule().equals("helicopter-ratio"))
            .allSatisfy(g -> assertThat(g.shortfall()).isZero());
      }
      // Mediation is never advised where the parties' objectives are irreconcilable.
      if (zone.objectivesReconcilable() == org.mdc.model.Answer.NO) {
        assertThat(a.recommendation().form()).doesNotContain("mediation team").doesNotContain("to mediate,")
            .doesNotContain("mediating");
        assertThat(a.gaps()).filteredOn(g -> g.rule().equals("phase-fit"))
            .allSatisfy(g -> assertThat(g.message()).doesNotContain("should mediate").doesNotContain("flexible mediation"));
      }
    }
  }

  @RepeatedTest(20)
  void requiredMinIsNeverBelowEitherMinimum(RepetitionInfo info) {
    Random r = random(info);
    for (int i = 0; i < CASES; i++) {
      long lo = between(r, 0, 100_000_000);
      ForceRequirement f = RULES.forceRequirement(between(r, 1, 10_000_000_000L), new Range(lo, lo + between(r, 0, 1000)));
      assertThat(f.requiredMin()).isGreaterThanOrEqualTo(f.density().min()).isGreaterThanOrEqualTo(f.parity().min())
          .isIn(f.density().min(), f.parity().min());
    }
  }

  @RepeatedTest(20)
  void moreTroopsNeverWidenATroopGap(RepetitionInfo info) {
    Random r = random(info);
    Comparer comparer = new Comparer(RULES);
    Assessor assessor = new Assessor(RULES);
    for (int i = 0; i < CASES; i++) {
      long population = between(r, 1, 100_000_000);
      long force = between(r, 0, 1_000_000);
      long troops = between(r, 0, 500_000);
      long more = troops + between(r, 1, 100_000);
      Comparison a = comparer.compare(entry(population, force, troops));
      Comparison b = comparer.compare(entry(population, force, more));
      assertThat(b.troopGap()).isGreaterThan(a.troopGap());
      assertThat(b.coverageTenths().getAsLong()).isGreaterThanOrEqualTo(a.coverageTenths().getAsLong());
      Zone zone = TestZones.zone(population, force);
      assertThat(shortfall(assessor.assess(zone.withMission(mission(more)))))
          .isLessThanOrEqualTo(shortfall(assessor.assess(zone.withMission(mission(troops)))));
    }
  }

  @RepeatedTest(20)
  void theSameZoneReadFromYamlAndFromACsvRowGivesTheSameFigures(RepetitionInfo info) throws IOException {
    Random r = random(info);
    for (int i = 0; i < 50; i++) {
      long population = between(r, 1, 10_000_000_000L);
      long min = between(r, 0, 100_000_000);
      long max = min + between(r, 0, 1_000_000);
      long troops = between(r, 0, 1_000_000);
      long helicopters = between(r, 0, 500);
      String yaml = "name: Z\npopulation: " + population + "\nlargest_armed_force: {min: " + min + ", max: " + max
          + "}\nhelicopters: " + helicopters + "\nhost_consent: full\nmission: {type: peacekeeping, troops: " + troops
          + ", helicopters: " + helicopters + "}\n";
      Zone zone = ZoneReader.read("z.yaml", yaml.getBytes(StandardCharsets.UTF_8)).value().orElseThrow().zone();
      Assessment a = new Assessor(RULES).assess(zone);
      String csv = "mission,population,largest_force_min,largest_force_max,troops,helicopters_deployed\nM,"
          + population + "," + min + "," + max + "," + troops + "," + helicopters + "\n";
      List<Comparison> rows = new ArrayList<>();
      CsvReading.blockwise("z.csv", csv.getBytes(StandardCharsets.UTF_8), 1 << 10, new RowHandler() {
        @Override
        public void entry(long line, MissionEntry entry) {
          rows.add(new Comparer(RULES).compare(entry));
        }

        @Override
        public boolean rejected(InputProblem problem) {
          throw new AssertionError(problem.describe());
        }
      });
      Comparison c = rows.get(0);
      assertThat(c.density()).isEqualTo(a.force().density());
      assertThat(c.parity()).isEqualTo(a.force().parity());
      assertThat(c.requiredMin()).isEqualTo(a.force().requiredMin());
      assertThat(c.helicoptersRequired()).isEqualTo(a.helicopters().forRequiredForce().min());
      assertThat(c.troopGap()).isEqualTo(troops - a.force().requiredMin());
    }
  }

  @RepeatedTest(10)
  void jsonOutputReadsBackToTheSameFigures(RepetitionInfo info) throws IOException {
    Random r = random(info);
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < 30; i++) {
      Zone zone = TestZones.zone(between(r, 1, 10_000_000_000L), between(r, 0, 100_000_000))
          .withMission(mission(between(r, 0, 1_000_000)));
      Assessment a = new Assessor(RULES).assess(zone);
      StringWriter out = new StringWriter();
      new JsonReport(RULES).render(a, new PrintWriter(out));
      JsonNode read = json.readTree(out.toString());
      assertThat(read.at("/zone/population").asLong()).isEqualTo(zone.population().min());
      assertThat(read.at("/force/density/min").asLong()).isEqualTo(a.force().density().min());
      assertThat(read.at("/force/density/max").asLong()).isEqualTo(a.force().density().max());
      assertThat(read.at("/force/parity/min").asLong()).isEqualTo(a.force().parity().min());
      assertThat(read.at("/force/required_min").asLong()).isEqualTo(a.force().requiredMin());
      assertThat(read.at("/helicopters/for_required_force").asLong()).isEqualTo(a.helicopters().forRequiredForce().min());
      assertThat(read.at("/recommendation/primary").asText()).isEqualTo(a.recommendation().primaryLabel());
      assertThat(read.get("gaps")).hasSize(a.gaps().size());
      for (int g = 0; g < a.gaps().size(); g++) {
        Finding f = a.gaps().get(g);
        assertThat(read.at("/gaps/" + g + "/rule").asText()).isEqualTo(f.rule());
        assertThat(read.at("/gaps/" + g + "/message").asText()).isEqualTo(f.message());
        assertThat(read.at("/gaps/" + g + "/shortfall").isNull() ? -1 : read.at("/gaps/" + g + "/shortfall").asLong())
            .isEqualTo(f.required().isPresent() && f.actual().isPresent() ? f.shortfall() : -1);
      }
    }
  }

  private static long shortfall(Assessment a) {
    return a.gaps().stream().filter(g -> g.rule().equals("force-required")).mapToLong(Finding::shortfall).sum();
  }

  private static MissionEntry entry(long population, long force, long troops) {
    return new MissionEntry("M", "", Range.of(population), Range.of(force), troops, OptionalLong.empty(), OptionalLong.empty(),
        HostConsent.UNKNOWN);
  }

  private static org.mdc.model.Mission mission(long troops) {
    return TestZones.mission("M", MissionType.PEACEKEEPING, troops, Set.of(Task.PROTECTION_OF_CIVILIANS)).build();
  }
}
