package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mdc.rules.RuleSet;

/**
 * mdc check: each example draft's expected findings, valid SARIF and JUnit XML, GitLab Code Quality, exit
 * codes, baselines.
 */
class CheckCommandTest {

  private static final Path MANDATES = Path.of("examples/mandates");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXPECT = Pattern.compile("^# expect: (\\d+) (error|warning|note) ([a-z-]+)$");

  @TempDir Path dir;

  private static List<Path> drafts() throws IOException {
    try (Stream<Path> files = Files.list(MANDATES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    }
  }

  /** The expect: lines of a draft, as "line severity rule". */
  private static List<String> expected(Path draft) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(draft)) {
      Matcher m = EXPECT.matcher(line);
      if (m.matches()) {
        lines.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
      }
    }
    return lines;
  }

  @TestFactory
  Stream<DynamicTest> eachExampleDraftYieldsExactlyItsExpectedFindings() throws IOException {
    return drafts().stream().map(draft -> DynamicTest.dynamicTest(draft.getFileName().toString(), () -> {
      CliRun run = CliRun.of("check", draft.toString(), "--format", "json");
      JsonNode report = JSON.readTree(run.out());
      List<String> actual = new ArrayList<>();
      report.get("findings").forEach(f ->
          actual.add(f.get("line").asInt() + " " + f.get("severity").asText() + " " + f.get("rule").asText()));
      assertThat(actual).containsExactlyInAnyOrderElementsOf(expected(draft));
      boolean fails = expected(draft).stream().anyMatch(e -> e.contains(" error "));
      assertThat(run.code()).as(run.err()).isEqualTo(fails ? 1 : 0);
    }));
  }

  @Test
  void everyFindingOfTheIssueHasAPassingAndAFailingDraft() throws IOException {
    Set<String> failing = new TreeSet<>();
    for (Path draft : drafts()) {
      expected(draft).forEach(e -> failing.add(e.split(" ")[2]));
    }
    assertThat(failing).contains("force-required", "helicopter-ratio", "host-consent", "tripwires", "host-perpetrator",
        "atrocity-mandate", "surveillance");
    // A passing draft has no finding above a note: notes, such as what committed backing must bring, inform.
    assertThat(drafts().stream().filter(d -> {
      try {
        return expected(d).stream().allMatch(e -> e.contains(" note "));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).count()).isGreaterThanOrEqualTo(7);
  }

  @Test
  void textFormatIsOneLinePerFindingThenASummary() {
    CliRun run = CliRun.of("check", "examples/mandates/troops-short.yaml");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(
        "examples/mandates/troops-short.yaml:25:3: error: Eastern Province Protection Mission has 3,000 troops; the rules"
            + " of thumb require at least 5,000 (parity with the largest armed force (5,000) is above the density minimum"
            + " (2,000)): short by 2,000 (40%) [force-required]",
        "mdc check: 1 error, 0 warnings, 0 notes in 1 file; FAILED (--fail-on error)");
  }

  @Test
  void sarifValidatesAgainstTheSarif210Schema() throws IOException {
    CliRun run = CliRun.of("check", MANDATES.toString(), "--format", "sarif");
    assertThat(run.code()).isEqualTo(1);
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode log = JSON.readTree(run.out());
    Set<ValidationMessage> errors = schema.validate(log);
    assertThat(errors).isEmpty();
    JsonNode result = log.at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isNotEmpty();
    assertThat(result.get("level").asText()).isIn("error", "warning", "note");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).startsWith("examples/mandates/");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    assertThat(log.at("/runs/0/tool/driver/rules")).hasSize(RuleSet.defaults().all().size());
    assertThat(log.at("/runs/0/tool/driver/rules/0/help/text").asText()).contains("Source: 002");
  }

  @Test
  void sarifWithABrokenResultFailsTheSchema() throws IOException {
    // The validation above can fail: a result without a message is refused.
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode broken = JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"mdc\"}},"
        + "\"results\":[{\"ruleId\":\"x\",\"level\":\"fatal\"}]}]}");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void junitXmlIsWellFormedAndValidAgainstTheAntSchema() throws Exception {
    CliRun run = CliRun.of("check", MANDATES.toString(), "--format", "junit");
    assertThat(run.code()).isEqualTo(1);
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    javax.xml.validation.Schema xsd = factory.newSchema(getClass().getResource("/schemas/junit.xsd"));
    xsd.newValidator().validate(new StreamSource(new StringReader(run.out())));
    assertThat(run.out()).contains("<testcase name=\"force-required\" classname=\"examples/mandates/troops-short.yaml\"")
        .contains("<failure message=\"Eastern Province Protection Mission has 3,000 troops");
  }

  @Test
  void githubAnnotationsEscapeAsTheToolkitDoes() {
    CliRun run = CliRun.of("check", "examples/mandates/troops-short.yaml", "--format", "github");
    assertThat(run.out().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
        .startsWith("::error file=examples/mandates/troops-short.yaml,line=25,col=3,title=force-required::")
        .contains("short by 2,000 (40%25)"));
    assertThat(org.mdc.report.GithubReportProbe.property("a:b,c%\r\n")).isEqualTo("a%3Ab%2Cc%25%0D%0A");
    assertThat(org.mdc.report.GithubReportProbe.data("a:b,c%\r\n")).isEqualTo("a:b,c%25%0D%0A");
  }

  @Test
  void gitlabCodeQualityReportHasGitlabsFieldsAndSeverities() throws IOException {
    CliRun run = CliRun.of("check", MANDATES.toString(), "--format", "gitlab");
    assertThat(run.code()).isEqualTo(1);
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.isArray()).isTrue();
    int findings = 0;
    for (Path draft : drafts()) {
      findings += expected(draft).size();
    }
    assertThat(report).hasSize(findings); // one issue per finding the drafts' expect: lines name
    Set<String> fingerprints = new TreeSet<>();
    for (JsonNode issue : report) {
      assertThat(issue.get("description").asText()).isNotBlank();
      assertThat(issue.get("check_name").asText()).matches("[a-z-]+");
      assertThat(issue.get("fingerprint").asText()).matches("[0-9a-f]{64}");
      assertThat(issue.get("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
      assertThat(issue.at("/location/path").asText()).startsWith("examples/mandates/");
      assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
      fingerprints.add(issue.get("fingerprint").asText());
    }
    assertThat(fingerprints).as("one fingerprint per issue").hasSize(report.size());
    JsonNode troops = issueOf(report, "troops-short.yaml", "force-required");
    assertThat(troops.get("severity").asText()).isEqualTo("critical");
    assertThat(troops.get("description").asText()).startsWith("Eastern Province Protection Mission has 3,000 troops");
    assertThat(troops.at("/location/path").asText()).isEqualTo("examples/mandates/troops-short.yaml");
    assertThat(troops.at("/location/lines/begin").asInt()).isEqualTo(25);
    assertThat(issueOf(report, "no-atrocity-task.yaml", "atrocity-mandate").get("severity").asText()).isEqualTo("minor");
    assertThat(issueOf(report, "no-early-warning.yaml", "surveillance").get("severity").asText()).isEqualTo("info");
  }

  @Test
  void gitlabFingerprintsHoldWhenLinesAndFiguresMoveButNotAcrossFiles() throws IOException {
    Path draft = dir.resolve("drafts/troops.yaml");
    Files.createDirectories(draft.getParent());
    String text = Files.readString(MANDATES.resolve("troops-short.yaml"));
    Files.writeString(draft, text);
    String before = fingerprint(CliRun.of("check", draft.toString(), "--format", "gitlab"));
    // Two lines more above the field, and a deeper shortfall: another line, another message.
    Files.writeString(draft, "# a new comment\n# and another\n" + text.replace("troops: 3000", "troops: 2000"));
    CliRun moved = CliRun.of("check", draft.toString(), "--format", "gitlab");
    assertThat(JSON.readTree(moved.out()).at("/0/location/lines/begin").asInt()).isEqualTo(27);
    assertThat(JSON.readTree(moved.out()).at("/0/description").asText()).contains("2,000 troops");
    assertThat(fingerprint(moved)).isEqualTo(before);
    Path other = dir.resolve("drafts/other.yaml");
    Files.writeString(other, text);
    assertThat(fingerprint(CliRun.of("check", other.toString(), "--format", "gitlab"))).isNotEqualTo(before);
  }

  @Test
  void gitlabPathsAreRelativeWithoutDotSlashAndFixedFindingsAreLeftOut() throws IOException {
    CliRun dotted = CliRun.of("check", "./examples/mandates/troops-short.yaml", "--format", "gitlab");
    CliRun plain = CliRun.of("check", "examples/mandates/troops-short.yaml", "--format", "gitlab");
    assertThat(JSON.readTree(dotted.out()).at("/0/location/path").asText())
        .isEqualTo("examples/mandates/troops-short.yaml");
    assertThat(fingerprint(dotted)).isEqualTo(fingerprint(plain));
    // An absolute path under the working directory (the repository, in CI) is made relative to it.
    CliRun absolute = CliRun.of("check", Path.of("examples/mandates/troops-short.yaml").toAbsolutePath().toString(),
        "--format", "gitlab");
    assertThat(JSON.readTree(absolute.out()).at("/0/location/path").asText())
        .isEqualTo("examples/mandates/troops-short.yaml");
    assertThat(fingerprint(absolute)).isEqualTo(fingerprint(plain));
    Path old = dir.resolve("old.yaml");
    Path draft = dir.resolve("draft.yaml");
    Files.writeString(old, Files.readString(MANDATES.resolve("no-atrocity-task.yaml")));
    Files.writeString(draft, Files.readString(MANDATES.resolve("troops-short.yaml")));
    JsonNode report = JSON.readTree(CliRun.of("check", draft.toString(), "--baseline", old.toString(),
        "--format", "gitlab").out());
    assertThat(report).hasSize(1);
    assertThat(report.at("/0/check_name").asText()).isEqualTo("force-required");
    CliRun clean = CliRun.of("check", "examples/mandates/troops-enough.yaml", "--format", "gitlab");
    assertThat(clean.code()).isZero();
    assertThat(JSON.readTree(clean.out()).isArray()).isTrue();
    assertThat(JSON.readTree(clean.out())).isEmpty();
  }

  private static JsonNode issueOf(JsonNode report, String file, String rule) {
    for (JsonNode issue : report) {
      if (issue.at("/location/path").asText().endsWith("/" + file) && issue.get("check_name").asText().equals(rule)) {
        return issue;
      }
    }
    throw new AssertionError("no " + rule + " issue for " + file + " in " + report);
  }

  private static String fingerprint(CliRun run) throws IOException {
    JsonNode report = JSON.readTree(run.out());
    assertThat(report).as(run.out() + run.err()).hasSize(1);
    return report.at("/0/fingerprint").asText();
  }

  @ParameterizedTest(name = "--fail-on {1}: exit {2}")
  @CsvSource({
    "troops-short.yaml, error, 1",
    "troops-short.yaml, never, 0",
    "no-early-warning.yaml, error, 0",
    "no-early-warning.yaml, note, 1",
    "no-atrocity-task.yaml, warning, 1",
    "no-atrocity-task.yaml, error, 0",
    "troops-enough.yaml, note, 0"
  })
  void failOnDecidesTheExitCode(String draft, String level, int code) {
    assertThat(CliRun.of("check", MANDATES.resolve(draft).toString(), "--fail-on", level).code()).isEqualTo(code);
  }

  @Test
  void badUsageAndBadInputHaveTheirCodes() throws IOException {
    assertThat(CliRun.of("check", "examples/mandates/troops-short.yaml", "--fail-on", "sometimes").code()).isEqualTo(2);
    assertThat(CliRun.of("check").code()).isEqualTo(2);
    assertThat(CliRun.of("check", "no/such/draft.yaml").code()).isEqualTo(66);
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "name: X\npopulation: 10\n");
    CliRun run = CliRun.of("check", broken.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains(broken + ":1:1: largest_armed_force: required field is missing");
    Path noMission = dir.resolve("zone.yaml");
    Files.copy(Path.of("examples/mandates/zones/eastern-province.yaml"), noMission);
    assertThat(CliRun.of("check", noMission.toString()).err()).contains("a mandate draft needs a mission block");
    Path badRef = dir.resolve("ref.yaml");
    Files.writeString(badRef, "zone: nowhere.yaml\nmission: {type: peacekeeping, troops: 1}\n");
    assertThat(CliRun.of("check", badRef.toString()).err()).contains(badRef + ":1:7: zone: the zone file 'nowhere.yaml' cannot be read");
  }

  @Test
  void aFolderSkipsPlainZoneFilesAndReadsDraftsThatNameThem() {
    CliRun run = CliRun.of("check", MANDATES.toString(), "--format", "json");
    assertThat(run.out()).contains("examples/mandates/uses-zone-file.yaml").doesNotContain("zones/eastern-province.yaml\"");
  }

  @Test
  void baselineMarksFindingsNewKeptAndFixed() throws IOException {
    Path old = dir.resolve("old.yaml");
    Path draft = dir.resolve("draft.yaml");
    // The old version lacked atrocity prevention; the draft fixes that but cuts the troops.
    Files.writeString(old, Files.readString(MANDATES.resolve("no-atrocity-task.yaml")));
    Files.writeString(draft, Files.readString(MANDATES.resolve("troops-short.yaml")));
    CliRun run = CliRun.of("check", draft.toString(), "--baseline", old.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("[force-required] (new)").contains("fixed: ").contains("[atrocity-mandate]")
        .contains("1 new, 0 kept, 1 fixed");
    CliRun same = CliRun.of("check", draft.toString(), "--baseline", draft.toString());
    assertThat(same.code()).as("a finding the baseline had does not fail").isZero();
    assertThat(same.out()).contains("0 new, 1 kept, 0 fixed");
    CliRun sarif = CliRun.of("check", draft.toString(), "--baseline", old.toString(), "--format", "sarif");
    assertThat(sarif.out()).contains("\"baselineState\" : \"new\"").contains("\"baselineState\" : \"absent\"");
  }
}
