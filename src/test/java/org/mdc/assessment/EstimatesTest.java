package org.mdc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mdc.io.Parsed;
import org.mdc.io.ZoneDocument;
import org.mdc.io.ZoneReader;
import org.mdc.model.Range;
import org.mdc.model.Zone;
import org.mdc.rules.Finding;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Severity;

/**
 * Counts given as ranges of estimates (population, helicopters, mission.troops): every figure
 * drawn from a range is a range, the minimum credible force comes from the low ends, and the
 * gaps state both ends and say when the verdict differs between them.
 */
class EstimatesTest {

  private static final String ZONE = "name: T\npopulation: POP\nlargest_armed_force: 500\nhelicopters: HELI\n"
      + "host_consent: full\natrocities: ongoing\n"
      + "mission: {name: M, type: peacekeeping, troops: TROOPS, tasks: [protection-of-civilians]}\n";

  private static Zone zone(String population, String helicopters, String troops) {
    String yaml = ZONE.replace("POP", population).replace("HELI", helicopters).replace("TROOPS", troops);
    Parsed<ZoneDocument> parsed = ZoneReader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.problems()).isEmpty();
    return parsed.value().get().zone();
  }

  private static Assessment assess(Zone zone) {
    return new Assessor(RuleSet.defaults()).assess(zone);
  }

  @Test
  void theReaderTakesEachCountAsOneFigureOrARange() {
    Zone z = zone("{min: 70000, max: 330000}", "{min: 2, max: 6}", "{min: 400, max: 1200}");
    assertThat(z.population()).isEqualTo(new Range(70_000, 330_000));
    assertThat(z.helicopters()).hasValue(new Range(2, 6));
    assertThat(z.mission().get().troops()).isEqualTo(new Range(400, 1_200));
    assertThat(zone("6000000", "5", "700").population()).isEqualTo(Range.of(6_000_000));
  }

  @Test
  void densityRunsFromTheLowEstimateAtTheLowRateToTheHighEstimateAtTheHighRate() {
    Assessment a = assess(zone("{min: 70000, max: 330000}", "5", "700"));
    assertThat(a.force().density()).isEqualTo(new Range(140, 3_300));
    // The minimum credible force takes the low end of each range: parity's 500 is above 140.
    assertThat(a.force().requiredMin()).isEqualTo(500);
    // At the high estimate the density minimum, 660, is above parity.
    assertThat(a.force().requiredHigh()).isEqualTo(660);
    assertThat(a.helicopters().forRequiredForce()).isEqualTo(Range.of(1));
  }

  @Test
  void aMissionShortAtTheHighEstimateOnlySaysSo() {
    Finding f = assess(zone("{min: 70000, max: 330000}", "5", "600")).gap("force-required").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.isMet()).isFalse();
    assertThat(f.required()).hasValue(500);
    assertThat(f.shortfall()).isZero();
    assertThat(f.high().orElseThrow().required()).isEqualTo(660);
    assertThat(f.high().orElseThrow().shortfall()).isEqualTo(60);
    assertThat(f.message()).endsWith("met at the low estimate, short by 60 (9%) at the high estimate only");
  }

  @Test
  void aTroopRangeShortAtItsLowEndOnlySaysSo() {
    Finding f = assess(zone("100000", "5", "{min: 400, max: 1200}")).gap("force-required").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).startsWith("M has 400 to 1,200 troops; the rules of thumb require at least 500 (")
        .endsWith("short by 100 (20%) at the low estimate only, met at the high estimate");
  }

  @Test
  void metAtBothEndsIsInformation() {
    Finding f = assess(zone("{min: 70000, max: 80000}", "5", "{min: 600, max: 700}")).gap("force-required")
        .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.isMet()).isTrue();
    assertThat(f.message()).endsWith("met at both estimates");
  }

  @Test
  void theHelicopterRatioPairsTheLowEstimatesAndTheHigh() {
    // 400 troops need 1 helicopter, 2,400 need 3; 1 to 2 are at hand: met at the low end, short by 1 at the high.
    Finding f = assess(zone("100000", "{min: 1, max: 2}", "{min: 400, max: 2400}")).gap("helicopter-ratio")
        .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.required()).hasValue(1);
    assertThat(f.high().orElseThrow().required()).isEqualTo(3);
    assertThat(f.message()).endsWith("met at the low estimate, short by 1 (33%) at the high estimate only");
    assertThat(assess(zone("100000", "{min: 1, max: 2}", "{min: 400, max: 2400}")).gap("enablers")).isPresent();
  }

  @Test
  void whatABackingForceMustBringIsARangeWhenThePopulationIsOne() {
    String yaml = "name: T\npopulation: {min: 70000, max: 330000}\nlargest_armed_force: 500\nhost_consent: none\n"
        + "atrocities: ongoing\nmilitary_backing: uncertain\n";
    Zone zone = ZoneReader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).value().orElseThrow().zone();
    Assessment a = assess(zone);
    assertThat(a.gap("force-required").orElseThrow().message())
        .startsWith("no mission is described: a force that must protect civilians here would need at least 500 to 660"
            + " troops");
    assertThat(a.overTheHorizon().orElseThrow().troopsToBring()).isEqualTo(new Range(500, 660));
    assertThat(a.gap("deterrence-credibility").orElseThrow().message()).contains("able to bring 500 to 660 troops");
  }

  @org.junit.jupiter.api.RepeatedTest(10)
  void aPopulationRangeReadFromYamlAndFromACsvRowGivesTheSameFigures(org.junit.jupiter.api.RepetitionInfo info)
      throws java.io.IOException {
    java.util.Random r = new java.util.Random(77L * info.getCurrentRepetition());
    long min = 1 + (long) (r.nextDouble() * 1_000_000_000L);
    long max = min + (long) (r.nextDouble() * 1_000_000_000L);
    long force = (long) (r.nextDouble() * 5_000_000);
    long troops = (long) (r.nextDouble() * 5_000_000);
    Zone zone = zone("{min: " + min + ", max: " + max + "}", "5", Long.toString(troops))
        .withLargestArmedForce(org.mdc.model.ArmedForce.ofStrength(Range.of(force)));
    Assessment a = assess(zone);
    String csv = "mission,population_min,population_max,largest_force,troops\nM," + min + "," + max + "," + force + ","
        + troops + "\n";
    java.util.List<org.mdc.assessment.Comparison> rows = new java.util.ArrayList<>();
    java.util.List<org.mdc.io.InputProblem> problems = org.mdc.io.csv.CsvReading.blockwise("z.csv",
        csv.getBytes(StandardCharsets.UTF_8), 1 << 10, new org.mdc.io.csv.RowHandler() {
          @Override
          public void entry(long line, org.mdc.model.MissionEntry entry) {
            rows.add(new Comparer(RuleSet.defaults()).compare(entry));
          }

          @Override
          public boolean rejected(org.mdc.io.InputProblem problem) {
            throw new AssertionError(problem.describe());
          }
        });
    assertThat(problems).isEmpty();
    assertThat(rows.get(0).entry().population()).isEqualTo(new Range(min, max));
    assertThat(rows.get(0).density()).isEqualTo(a.force().density());
    assertThat(rows.get(0).requiredMin()).isEqualTo(a.force().requiredMin());
  }

  @Test
  void aRangeWhoseEndsAreEqualReadsAsOneFigure() {
    Assessment range = assess(zone("{min: 100000, max: 100000}", "{min: 5, max: 5}", "{min: 300, max: 300}"));
    Assessment single = assess(zone("100000", "5", "300"));
    assertThat(range.gaps()).isEqualTo(single.gaps());
    assertThat(range.force()).isEqualTo(single.force());
  }
}
