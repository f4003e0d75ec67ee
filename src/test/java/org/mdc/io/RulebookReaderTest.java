package org.mdc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdc.TestZones;
import org.mdc.assessment.Assessment;
import org.mdc.assessment.Assessor;
import org.mdc.rules.Finding;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Rulebook;
import org.mdc.rules.Severity;

/** Rulebooks: a doctrine's parameters change the figures; typos name the nearest rule or parameter. */
class RulebookReaderTest {

  private static Parsed<Rulebook> read(String yaml) {
    return RulebookReader.read("doctrine.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aStabilizationDoctrineOf20Per1000RaisesDarfursRequirement() {
    Rulebook book = read("force-density: {per_thousand_min: 20, per_thousand_max: 20}\n").value().orElseThrow();
    Assessment a = new Assessor(RuleSet.of(book)).assess(TestZones.darfur());
    // 6 million people at 20 per 1,000 is 120,000 troops, above parity's 40,000.
    assertThat(a.force().density().min()).isEqualTo(120_000);
    assertThat(a.force().requiredMin()).isEqualTo(120_000);
    assertThat(a.helicopters().forRequiredForce()).isEqualTo(org.mdc.model.Range.of(150));
    assertThat(a.rulebook().describe()).isEqualTo(
        "doctrine.yaml (force-density.per_thousand_min = 20; force-density.per_thousand_max = 20)");
  }

  @Test
  void aThresholdChangedByARulebookNeverRewritesAHistoricalFact() {
    // Issue 12: "EUFOR ... took about 12 hours" followed a rulebook's too_slow_hours. Facts stay the sources'.
    Rulebook book = read("political-mission-size: {monitoring_max: 500}\n").value().orElseThrow();
    org.mdc.model.Zone zone = TestZones.zone(1_000_000, 1_000).withMission(TestZones.mission("Observers",
        org.mdc.model.MissionType.POLITICAL_MISSION, 0, java.util.Set.of(org.mdc.model.Task.ELECTORAL_ASSISTANCE))
        .withCivilians(900).build());
    Assessment a = new Assessor(RuleSet.of(book)).assess(zone);
    assertThat(a.gap("political-mission-size")).hasValueSatisfying(f -> {
      assertThat(f.required()).hasValue(500);
      assertThat(f.message()).contains("the KVM, was to have 2,000 verifiers").doesNotContain("500 verifiers");
    });
  }

  @Test
  void aStricterHelicopterFloorDoublesTheNeed() {
    Rulebook book = read("helicopter-ratio: {troops_per_helicopter: 400}\n").value().orElseThrow();
    Assessment a = new Assessor(RuleSet.of(book)).assess(TestZones.darfur());
    assertThat(a.helicopters().forRequiredForce()).isEqualTo(org.mdc.model.Range.of(100));
    assertThat(a.helicopters().forMission()).hasValue(org.mdc.model.Range.of(39)); // UNAMID's 15,362 at one per 400
  }

  @Test
  void severitiesCanBeRaisedOrSwitchedOff() {
    Rulebook book = read("atrocity-mandate: {severity: error}\nsurveillance: {severity: off}\n").value().orElseThrow();
    Assessment a = new Assessor(RuleSet.of(book)).assess(TestZones.darfur());
    assertThat(a.gaps()).filteredOn(g -> g.rule().equals("atrocity-mandate")).extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
    assertThat(a.gaps()).noneMatch(g -> g.rule().equals("surveillance"));
  }

  @Test
  void aBareOffIsRead() {
    assertThat(read("surveillance:\n  severity: off\n").value().orElseThrow().disabled()).containsExactly("surveillance");
  }

  static Stream<Arguments> badRulebooks() {
    return Stream.of(
        Arguments.of("force-densty: {per_thousand_min: 20}\n", "1:1: force-densty: unknown rule id 'force-densty'; did you mean 'force-density'?"),
        Arguments.of("helicopter-ratio: {troops_per_helicoptr: 400}\n", "did you mean 'troops_per_helicopter'?"),
        Arguments.of("force-density: {per_thousand_min: -1}\n", "force-density.per_thousand_min: expected a number from 0 to 1,000"),
        Arguments.of("force-density: {per_thousand_min: lots}\n", "expected a number from 0 to 1,000 with at most 4 decimals"),
        Arguments.of("political-mission-size: {latent_max: 2.5}\n", "political-mission-size.latent_max: expected a whole number from 1 to 100,000"),
        Arguments.of("tripwires: {too_slow_hours: 24}\n", "tripwires.too_slow_hours"),
        Arguments.of("helicopter-ratio: {nato_troops_per_helicopter: 400}\n", "helicopter-ratio.nato_troops_per_helicopter"),
        Arguments.of("force-density: {per_thousand_min: 20}\n", "force-density: per_thousand_min 20 is above per_thousand_max 10"),
        Arguments.of("helicopter-ratio: {troops_per_helicopter: 0}\n", "troops_per_helicopter: expected a number from 1 to 100,000"),
        Arguments.of("helicopter-ratio: {troops_per_helicopter: 1.0e-30}\n", "troops_per_helicopter: expected a number from 1 to 100,000"),
        Arguments.of("force-density: {per_thousand_min: 1.0e-999999999}\n", "found the decimal number 1.0e-999999999"),
        Arguments.of("force-density: {per_thousand_max: 1e999999999}\n", "expected a number from 0 to 1,000"),
        Arguments.of("force-density: {per_thousand_min: 2.12345}\n", "with at most 4 decimals"),
        Arguments.of("political-mission-size: {large_mission: 010}\n", "found 010: YAML 1.1 readers take it as the octal number 8"),
        Arguments.of("surveillance: {severity: loud}\n", "expected one of error, warning, info, note, off"),
        Arguments.of("- force-density\n", "expected a mapping of rule ids"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badRulebooks")
  void badRulebooksAreRefusedWithTheirPlace(String yaml, String expected) {
    Parsed<Rulebook> parsed = read(yaml);
    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.problems()).anySatisfy(p -> assertThat(p.describe()).contains(expected));
  }

  @Test
  void everyDefaultLiesInItsRangeAndTheRangesEndsAreAccepted() {
    RuleSet.defaults().all().forEach(rule -> rule.info().parameters().forEach(p -> {
      assertThat(p.accepts(p.defaultValue())).as(p.name()).isTrue();
      assertThat(p.accepts(p.min())).as(p.name()).isTrue();
      assertThat(p.accepts(p.max())).as(p.name()).isTrue();
      assertThat(p.accepts(p.max().add(java.math.BigDecimal.ONE))).as(p.name()).isFalse();
    }));
    assertThat(read("force-density: {per_thousand_min: 2.5, per_thousand_max: 1000}\n").ok()).isTrue();
  }

  @Test
  void theReadmeGivesEveryParameterItsRange() throws java.io.IOException {
    java.util.List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("README.md"));
    RuleSet.defaults().all().forEach(rule -> rule.info().parameters().forEach(p -> {
      String range = org.mdc.rules.Numbers.grouped(p.min().longValue()) + " to "
          + org.mdc.rules.Numbers.grouped(p.max().longValue());
      assertThat(lines).as(p.name()).anyMatch(l -> l.startsWith("| `" + rule.id() + "` |")
          && l.contains("`" + p.name() + "`") && l.endsWith((p.whole() ? "whole, " : "") + range + " |"));
    }));
  }

  @Test
  void theDefaultRulebookReadsBackAsTheDefaults() {
    Parsed<Rulebook> parsed = read(RulebookReader.defaultsAsYaml());
    assertThat(parsed.problems()).isEmpty();
    RuleSet rules = RuleSet.of(parsed.value().orElseThrow());
    RuleSet defaults = RuleSet.defaults();
    defaults.all().forEach(r -> assertThat(rules.parameters(r.info())).isEqualTo(defaults.parameters(r.info())));
  }
}
