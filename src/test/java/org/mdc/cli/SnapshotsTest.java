package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dated snapshots: the timeline of assess, rule reconfiguration, check on the latest date, bad input. */
class SnapshotsTest {

  /** A zone at rising tension with a political office; lines 1 to 12. */
  private static final String BASE = "name: Z\n"
      + "date: 2012-05-29\n"
      + "population: 4600000\n"
      + "largest_armed_force: 15000\n"
      + "host_consent: full\n"
      + "threat: non-state\n"
      + "phase: rising-tension\n"
      + "atrocities: remote\n"
      + "military_backing: uncertain\n"
      + "mission:\n"
      + "  name: OFFICE\n"
      + "  type: political-mission\n";

  /** Atrocities ongoing from 2013-09-15 (line 14), the office unchanged. */
  private static final String ESCALATION = BASE + "snapshots:\n"
      + "  - date: 2013-09-15\n"
      + "    atrocities: ongoing\n"
      + "    phase: post-rubicon\n";

  @TempDir Path dir;

  private static JsonSchema zoneSchema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(CliRun.of("schema", "zone").out());
  }

  @Test
  void assessShowsATimelineAndFlagsTheMissionThatDidNotChange() {
    CliRun run = CliRun.withStdin(ESCALATION, "assess", "-");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("  as of                2013-09-15 (the latest of 2 dates; see TIMELINE)\n")
        .contains("TIMELINE (2 dates, 1 reconfiguration warning)\n")
        .contains("  2012-05-29  political-mission      15,000    OFFICE   0       0 error, 1 warning\n")
        .contains("  - on 2013-09-15 the recommendation changed from a political mission for mediation and coordination"
            + " to a preventive deployment sized by force-required, but OFFICE is as described since 2012-05-29:"
            + " missions are seldom reconfigured when risk mounts")
        .containsPattern("\n  reconfiguration +000 Claes, [^\n]*Conclusions; also 002, \"Early Warning without Confidence\"");
  }

  @Test
  void noFlagWhenTheMissionChangesWithTheRecommendation() {
    CliRun run = CliRun.withStdin(ESCALATION + "    mission: {name: FORCE, type: peacekeeping, troops: 20000}\n",
        "assess", "-");
    assertThat(run.out()).contains("TIMELINE (2 dates, 0 reconfiguration warnings)")
        .doesNotContain("seldom reconfigured when risk mounts")
        .contains("  - no date where the recommendation or the required force changed while the mission stayed as it"
            + " was [reconfiguration]");
  }

  @Test
  void aRisingForceIsFlaggedEvenWhenTheRecommendationHolds() {
    CliRun run = CliRun.withStdin(BASE + "snapshots:\n  - date: 2012-06-01\n    largest_armed_force: 30000\n",
        "assess", "-");
    assertThat(run.out()).contains("on 2012-06-01 the minimum credible force rose from 15,000 to 30,000, but OFFICE is"
        + " as described since 2012-05-29");
  }

  @Test
  void jsonHasATimelineWithDatePrimaryAndGaps() throws Exception {
    JsonNode json = new ObjectMapper().readTree(CliRun.withStdin(ESCALATION, "assess", "-", "--format", "json").out());
    assertThat(json.get("as_of").asText()).isEqualTo("2013-09-15");
    assertThat(json.get("timeline")).hasSize(2);
    assertThat(json.at("/timeline/0/date").asText()).isEqualTo("2012-05-29");
    assertThat(json.at("/timeline/0/primary").asText()).isEqualTo("political-mission");
    assertThat(json.at("/timeline/1/primary").asText()).isEqualTo("preventive-deployment");
    assertThat(json.at("/timeline/1/gaps").findValuesAsText("rule")).contains("reconfiguration");
    assertThat(json.at("/timeline/0/gaps").findValuesAsText("rule")).doesNotContain("reconfiguration");
    assertThat(json.get("rules").findValuesAsText("id")).contains("reconfiguration");
  }

  @Test
  void aZoneWithoutSnapshotsListsNoTimelineRule() throws Exception {
    JsonNode json = new ObjectMapper().readTree(CliRun.of("assess", "examples/mali-2014.yaml", "--format", "json").out());
    assertThat(json.has("timeline")).isFalse();
    assertThat(json.get("rules").findValuesAsText("id")).doesNotContain("reconfiguration");
  }

  @Test
  void anUndatedBaseIsTheBase() {
    CliRun run = CliRun.withStdin(ESCALATION.replace("date: 2012-05-29\n", ""), "assess", "-");
    assertThat(run.out()).contains("  base        political-mission").contains("since the base fields");
  }

  @Test
  void aDateAloneGivesTheDateAndNoTimeline() {
    CliRun run = CliRun.withStdin(BASE, "assess", "-");
    assertThat(run.out()).contains("  as of                2012-05-29\n").doesNotContain("TIMELINE");
  }

  @Test
  void aRulebookCanTurnTheRuleOff() throws Exception {
    Path book = dir.resolve("book.yaml");
    Files.writeString(book, "reconfiguration: {severity: false}\n");
    CliRun run = CliRun.withStdin(ESCALATION, "assess", "-", "--rules", book.toString());
    assertThat(run.out()).doesNotContain("seldom reconfigured when risk mounts");
  }

  @Test
  void htmlDrawsTheTimelineWithoutScripts() {
    String html = CliRun.of("assess", "examples/car-2012-2014.yaml", "--format", "html").out();
    assertThat(html).contains("<h2>Timeline</h2>").contains("aria-labelledby=\"timeline-title timeline-desc\"")
        .contains("<path class=\"flag\"").contains("<caption>Timeline, the figures of the chart</caption>")
        .doesNotContain("<script");
  }

  @Test
  void checkJudgesTheLatestDateAtTheLinesThatGiveIt() throws Exception {
    Path draft = dir.resolve("draft.yaml");
    Files.writeString(draft, ESCALATION + "  - date: 2014-04-10\n    mission: {name: FORCE, type: peacekeeping,"
        + " troops: 9000, tasks: [protection-of-civilians]}\n");
    CliRun run = CliRun.of("check", draft.toString(), "--fail-on", "never");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(draft + ":18:48: error: FORCE has 9,000 troops; the rules of thumb require at least 15,000")
        .contains(draft + ":14:5: warning: on 2013-09-15 the recommendation changed")
        .contains(draft + ":9:1: warning: the preventive deployment recommended deters only with committed military"
            + " backing");
  }

  static Stream<Arguments> badSnapshots() {
    return Stream.of(
        Arguments.of(BASE + "snapshots:\n  - date: 2013-13-01\n", "14:11: snapshots[1].date: 2013-13-01 is not a day of"
            + " the calendar: expected a date as YYYY-MM-DD (ISO 8601), such as 2013-12-05", false),
        Arguments.of(BASE + "snapshots:\n  - date: 2013\n", "14:11: snapshots[1].date: expected a date as YYYY-MM-DD"
            + " (ISO 8601), such as 2013-12-05, found the whole number 2013", true),
        Arguments.of(BASE.replace("date: 2012-05-29", "date: 29/05/2012"), "2:7: date: expected a date as YYYY-MM-DD",
            true),
        Arguments.of(BASE + "snapshots:\n  - atrocities: ongoing\n", "14:5: snapshots[1].date: required field is"
            + " missing: expected a date as YYYY-MM-DD (ISO 8601): the day from which this snapshot's fields hold", true),
        Arguments.of(BASE + "snapshots:\n  - date: 2012-05-01\n", "14:11: snapshots[1].date: 2012-05-01 is not after"
            + " the base date (2012-05-29): list the snapshots in date order, each date once", false),
        Arguments.of(BASE + "snapshots:\n  - date: 2013-01-01\n  - date: 2013-01-01\n", "15:11: snapshots[2].date:"
            + " 2013-01-01 is not after the date of snapshots[1] (2013-01-01)", false),
        Arguments.of(BASE + "snapshots:\n  - date: 2013-01-01\n    atrocites: ongoing\n", "15:5:"
            + " snapshots[1].atrocites: unknown field 'atrocites'; did you mean 'atrocities'?", true),
        Arguments.of(BASE + "snapshots:\n  - date: 2013-01-01\n    name: Other\n", "15:5: snapshots[1].name: the name"
            + " cannot change in a snapshot: a snapshot is the same zone at a later date", true),
        Arguments.of(BASE + "snapshots:\n  - date: 2013-01-01\n    snapshots: []\n", "15:5: snapshots[1].snapshots:"
            + " snapshots do not nest", true),
        Arguments.of(BASE + "snapshots: []\n", "13:12: snapshots: expected a list of snapshots, each a mapping with a"
            + " date and the fields that change from that date on, found a list with nothing in it", true),
        Arguments.of(BASE + "snapshots:\n  date: 2013-01-01\n", "14:3: snapshots: expected a list of snapshots", true),
        Arguments.of(BASE + "snapshots:\n  - 2013-01-01\n", "14:5: snapshots[1]: expected a mapping of a date and the"
            + " zone fields that change from that date on, found the text", true),
        Arguments.of(BASE + "snapshots:\n  - date: 2013-01-01\n    population: 0\n", "15:17: snapshots[1].population:"
            + " expected a whole number from 1", true),
        Arguments.of(BASE + "snapshots:\n  - date: 2013-01-01\n    host_consent: ~\n", "14:5: snapshots[1].host_consent:"
            + " required field is missing", true));
  }

  @ParameterizedTest
  @MethodSource("badSnapshots")
  void badSnapshotsAreRefusedWithTheirPlace(String yaml, String message, boolean schemaToo) throws Exception {
    CliRun run = CliRun.withStdin(yaml, "assess", "-");
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains("-:" + message).doesNotContain("Exception");
    if (schemaToo) {
      assertThat(zoneSchema().validate(new YAMLMapper().readTree(yaml))).as(yaml).isNotEmpty();
    }
  }

  @Test
  void aBrokenSnapshotIsReportedOnceNotAgainByTheSnapshotsAfterIt() {
    CliRun run = CliRun.withStdin(BASE + "snapshots:\n  - date: 2013-01-01\n    population: 0\n"
        + "  - date: 2014-01-01\n    atrocities: ongoing\n", "assess", "-");
    assertThat(run.err()).contains("snapshots[1].population").doesNotContain("snapshots[2]")
        .contains("1 problem; nothing assessed");
  }

  @Test
  void theSchemaAcceptsTheExampleAndTheNewForms() throws Exception {
    assertThat(zoneSchema().validate(new YAMLMapper().readTree(Path.of("examples/car-2012-2014.yaml").toFile())))
        .isEmpty();
    assertThat(zoneSchema().validate(new YAMLMapper().readTree(ESCALATION))).isEmpty();
  }

  @Test
  void aDraftThatNamesAZoneWithSnapshotsAppliesItsMissionAtEveryDate() throws Exception {
    Files.writeString(dir.resolve("zone.yaml"), ESCALATION.replace("mission:\n  name: OFFICE\n  type: political-mission\n",
        ""));
    Path draft = dir.resolve("draft.yaml");
    Files.writeString(draft, "zone: zone.yaml\nmission: {name: TEAM, type: political-mission, civilians: 20}\n");
    CliRun run = CliRun.of("check", draft.toString(), "--fail-on", "never", "--zone-root", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains(dir.resolve("zone.yaml") + ":11:5: warning: on 2013-09-15 the recommendation"
        + " changed").contains("but TEAM is as described since 2012-05-29");
  }

  @Test
  void aMissionGivenOnlyInTheLatestSnapshotMakesADraft() throws Exception {
    Path draft = dir.resolve("draft.yaml");
    Files.writeString(draft, ESCALATION.replace("mission:\n  name: OFFICE\n  type: political-mission\n", "")
        + "    mission: {name: FORCE, type: peacekeeping, troops: 20000}\n");
    CliRun run = CliRun.of("check", draft.toString(), "--fail-on", "never");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("needs a mission block");
  }

  @Test
  void sarifListsTheRuleOnlyWhenItReportsAndPointsAtIt() throws Exception {
    JsonNode flagged = new ObjectMapper().readTree(CliRun.of("check", "examples/car-2012-2014.yaml", "--format",
        "sarif").out());
    JsonNode rules = flagged.at("/runs/0/tool/driver/rules");
    for (JsonNode result : flagged.at("/runs/0/results")) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(result.get("ruleId").asText());
    }
    assertThat(flagged.at("/runs/0/results").findValuesAsText("ruleId")).contains("reconfiguration");
    JsonNode plain = new ObjectMapper().readTree(CliRun.of("check", "examples/mandates", "--format", "sarif").out());
    assertThat(plain.at("/runs/0/tool/driver/rules").findValuesAsText("id")).doesNotContain("reconfiguration");
  }

  @Test
  void atMostAThousandSnapshotsAreRead() {
    StringBuilder yaml = new StringBuilder(BASE).append("snapshots:\n");
    java.time.LocalDate day = java.time.LocalDate.parse("2013-01-01");
    for (int i = 0; i < 1_001; i++) {
      yaml.append("  - date: ").append(day.plusDays(i)).append('\n');
    }
    CliRun run = CliRun.withStdin(yaml.toString(), "assess", "-");
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains("-:14:3: snapshots: 1001 snapshots; at most 1,000 are read: keep the dates that"
        + " matter");
  }
}
