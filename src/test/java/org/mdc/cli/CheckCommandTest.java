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
  private static final Pattern EXPECT = Pattern.compile("^# expect: (\\d+) (error|warning|note|suppressed) ([a-z-]+)$");

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
          actual.add(f.get("line").asInt() + " "
              + (f.has("suppressed") ? "suppressed" : f.get("severity").asText()) + " " + f.get("rule").asText()));
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
    // Every rule but those that compare the dates of a timeline (these drafts have none), then the
    // rules about suppression comments.
    assertThat(log.at("/runs/0/tool/driver/rules")).hasSize(
        (int) RuleSet.defaults().all().stream().filter(r -> !r.comparesDates()).count()
            + org.mdc.check.SuppressionRule.values().length);
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
      findings += expected(draft).stream().filter(e -> !e.contains(" suppressed ")).count();
    }
    assertThat(report).hasSize(findings); // one issue per finding the drafts' expect: lines name, but suppressed ones
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

  @Test
  void githubAnnotationsNameAFileWithSpacesAndPercentAsItIs() throws IOException {
    Path folder = dir.resolve("my drafts");
    Files.createDirectories(folder);
    Path draft = Files.copy(MANDATES.resolve("troops-short.yaml"), folder.resolve("a,b%c.yaml"));
    CliRun run = CliRun.of("check", draft.toString(), "--format", "github");
    assertThat(run.out().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
        .startsWith("::error file=" + folder + "/a%2Cb%25c.yaml,line=25,col=3,title=force-required::"));
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
    CliRun outside = CliRun.of("check", dir.resolve("no/such/draft.yaml").toString());
    assertThat(outside.code()).isEqualTo(66);
    assertThat(outside.err()).isEqualTo("mdc: " + dir.resolve("no/such/draft.yaml") + ": no such file\n");
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

  /** A draft in {@code folder} that names {@code zone}, with an adequate mission. */
  private static Path draftNaming(Path folder, String name, String zone) throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve(name), "zone: " + zone + "\nmission: {name: M, type: peacekeeping,"
        + " troops: 5000, helicopters: 7}\n");
  }

  private static final String SECRET_ZONE = "name: secret\npopulation: 1000\nlargest_armed_force: 5\n"
      + "helicopters: 0\nhost_consent: full\nhost_role: TOKEN-1234-SECRET\n";

  @Test
  void aZoneKeyCannotLeaveTheCheckedTree() throws IOException {
    Path drafts = dir.resolve("drafts");
    Files.writeString(dir.resolve("secret.yaml"), SECRET_ZONE);
    draftNaming(drafts, "up.yaml", "../secret.yaml");
    draftNaming(drafts, "absolute.yaml", dir.resolve("secret.yaml").toString());
    draftNaming(drafts, "passwd.yaml", "/etc/passwd");
    Files.createSymbolicLink(drafts.resolve("zone-link.yaml"), dir.resolve("secret.yaml"));
    draftNaming(drafts, "via-link.yaml", "zone-link.yaml");
    for (String[] args : new String[][] {{drafts.toString()}, {drafts.resolve("up.yaml").toString(),
        drafts.resolve("absolute.yaml").toString(), drafts.resolve("passwd.yaml").toString(),
        drafts.resolve("via-link.yaml").toString()}}) {
      List<String> argv = new ArrayList<>(List.of("check"));
      argv.addAll(List.of(args));
      CliRun run = CliRun.of(argv.toArray(String[]::new));
      assertThat(run.code()).as(run.err()).isEqualTo(65);
      assertThat(run.err()).contains(drafts.resolve("up.yaml") + ":1:7: zone: the zone file '../secret.yaml' is"
              + " outside the checked folder")
          .contains("passwd.yaml:1:7: zone: the zone file '/etc/passwd' is outside the checked folder")
          .contains("via-link.yaml:1:7: zone: the zone file 'zone-link.yaml' is a link to a file outside the checked"
              + " folder")
          .doesNotContain("TOKEN").doesNotContain("root:");
    }
    CliRun widened = CliRun.of("check", drafts.resolve("up.yaml").toString(), "--zone-root", dir.toString());
    assertThat(widened.err()).doesNotContain("outside").contains("host_role: expected one of");
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void aZoneKeyNamingAFifoOrStandardInputIsRefusedWithoutReadingIt() throws Exception {
    Path drafts = dir.resolve("drafts");
    Files.createDirectories(drafts);
    assertThat(new ProcessBuilder("mkfifo", drafts.resolve("zone.fifo").toString()).start().waitFor()).isZero();
    Path fifo = draftNaming(drafts, "fifo.yaml", "zone.fifo");
    CliRun run = CliRun.of("check", fifo.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains("zone: the zone file 'zone.fifo' is a FIFO, not a file; not read");
    Path stdin = draftNaming(drafts, "stdin.yaml", "/dev/stdin");
    String zone = Files.readString(Path.of("examples/mandates/zones/eastern-province.yaml"));
    for (String[] extra : new String[][] {{}, {"--zone-root", "/dev"}}) {
      List<String> argv = new ArrayList<>(List.of("check", stdin.toString()));
      argv.addAll(List.of(extra));
      CliRun fromStdin = CliRun.withStdin(zone, argv.toArray(String[]::new));
      assertThat(fromStdin.code()).as(fromStdin.err()).isEqualTo(65);
      assertThat(fromStdin.err()).contains("zone: the zone file '/dev/stdin' ");
    }
  }

  @Test
  void aNamedFileThatIsNotAZoneIsNeverShown() throws IOException {
    Path drafts = dir.resolve("drafts");
    Files.createDirectories(drafts);
    Files.writeString(drafts.resolve("secrets.yml"), "api_token: hunter2-SECRET\npassword: s3cret\n");
    Files.writeString(drafts.resolve(".env"), "TOKEN=abc-SECRET\nOTHER: [unclosed\n");
    Files.writeString(drafts.resolve("names.yml"), "name: x\nhost_consent: TOKEN-SECRET\n");
    for (String zone : List.of("secrets.yml", ".env", "names.yml")) {
      CliRun run = CliRun.of("check", draftNaming(drafts, "d.yaml", zone).toString());
      assertThat(run.code()).isEqualTo(65);
      assertThat(run.err()).contains("zone: the zone file '" + zone + "' is not a zone file: ")
          .contains("nothing of it is shown").doesNotContain("SECRET").doesNotContain("api_token")
          .doesNotContain("password").doesNotContain("s3cret");
      assertThat(run.err().lines()).hasSize(2);
    }
  }

  @Test
  void aDraftThatIsALinkOutOfTheTreeIsRefusedUnread() throws IOException {
    Path drafts = dir.resolve("drafts");
    Files.createDirectories(drafts);
    Files.writeString(dir.resolve("secret.yaml"), SECRET_ZONE.replace("name: secret", "mission: {type: x}\nname: s"));
    Path link = Files.createSymbolicLink(drafts.resolve("leak.yaml"), dir.resolve("secret.yaml"));
    CliRun folder = CliRun.of("check", drafts.toString());
    assertThat(folder.code()).isEqualTo(65);
    assertThat(folder.err()).contains(link + ":1:1: is a link to a file outside the checked folder")
        .doesNotContain("TOKEN");
    CliRun named = CliRun.of("check", link.toString());
    assertThat(named.code()).isEqualTo(66);
    assertThat(named.err()).contains(link + ": is a link to a file outside the checked folder").doesNotContain("TOKEN");
  }

  @Test
  void eachFileIsCheckedOnceHoweverItIsNamed() throws IOException {
    Path folder = dir.resolve("drafts");
    Files.createDirectories(folder);
    Path draft = Files.copy(MANDATES.resolve("troops-short.yaml"), folder.resolve("short.yaml"));
    String dotted = folder.resolve(".").resolve("short.yaml").toString();
    for (String[] args : new String[][] {{draft.toString(), draft.toString()}, {draft.toString(), dotted},
        {folder.toString(), draft.toString()}}) {
      List<String> argv = new ArrayList<>(List.of("check"));
      argv.addAll(List.of(args));
      CliRun run = CliRun.of(argv.toArray(String[]::new));
      assertThat(run.out()).as(String.join(" ", args)).contains("1 error, 0 warnings, 0 notes in 1 file;");
      argv.addAll(List.of("--baseline", draft.toString()));
      assertThat(CliRun.of(argv.toArray(String[]::new)).out()).contains("0 new, ").contains(" 1 kept, ");
    }
  }

  @Test
  void aFolderWithOtherYamlChecksOnlyTheDraftsAndSaysWhatItSkipped() throws IOException {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".github/workflows"));
    Files.createDirectories(repo.resolve(".git"));
    Files.copy(MANDATES.resolve("troops-enough.yaml"), repo.resolve("draft.yaml"));
    Files.writeString(repo.resolve("docker-compose.yml"), "services:\n  web: {image: nginx}\n");
    Files.writeString(repo.resolve(".github/workflows/ci.yml"), "on: push\njobs: {}\n");
    Files.writeString(repo.resolve(".git/config.yml"), "a: b\n");
    Files.writeString(repo.resolve(".pre-commit-config.yaml"), "repos: []\n");
    Files.copy(MANDATES.resolve("zones/eastern-province.yaml"), repo.resolve("zone.yaml"));
    CliRun run = CliRun.of("check", repo.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("in 1 file;");
    assertThat(run.err()).isEqualTo("mdc check: skipped 2 YAML files that are not mandate drafts (no mission block,"
        + " no zone: key, no mandate schema line)\n");
    Files.writeString(repo.resolve("broken.yaml"), "mission:\n  type: [unclosed\n");
    CliRun broken = CliRun.of("check", repo.toString());
    assertThat(broken.code()).isEqualTo(65);
    assertThat(broken.err()).contains(repo.resolve("broken.yaml") + ":");
    CliRun workflows = CliRun.of("check", repo.resolve(".github").toString());
    assertThat(workflows.err()).contains("skipped 1 YAML file that is not a mandate draft");
  }

  @Test
  void aShortfallThatGrowsAtTheHighEstimateOnlyIsWorsened() throws IOException {
    String draft = Files.readString(MANDATES.resolve("troops-short.yaml"));
    // Both drafts are short by 2,000 at the low estimate; the cut one is short at the high one too.
    Path old = Files.writeString(dir.resolve("old.yaml"), draft.replace("troops: 3000", "troops: {min: 3000, max: 6000}"));
    Path cut = Files.writeString(dir.resolve("cut.yaml"), draft.replace("troops: 3000", "troops: {min: 3000, max: 3500}"));
    CliRun run = CliRun.of("check", cut.toString(), "--baseline", old.toString());
    assertThat(run.code()).as(run.out()).isEqualTo(1);
    assertThat(run.out()).contains("short by 2,000 (40%) at the low estimate and by 1,500 (30%) at the high estimate")
        .contains("(worsened: short by 2,000, was 2,000 at the low estimate; by 1,500, was 0 at the high)")
        // the old draft's 6,000 troops needed 8 helicopters: its lift gap is fixed by the cut
        .contains("0 new, 1 worsened, 0 kept, 2 fixed; FAILED");
  }

  @Test
  void aFindingMadeWorseIsNotKeptButWorsenedAndFails() throws IOException {
    String short3000 = Files.readString(MANDATES.resolve("troops-short.yaml"));
    Path old = Files.writeString(dir.resolve("old.yaml"), short3000);
    Path cut = Files.writeString(dir.resolve("cut.yaml"), short3000.replace("troops: 3000", "troops: 1"));
    CliRun run = CliRun.of("check", cut.toString(), "--baseline", old.toString());
    assertThat(run.code()).as("a troop cut from 3,000 to 1 fails the gate").isEqualTo(1);
    assertThat(run.out()).contains("short by 4,999 (100%) [force-required] (worsened: short by 4,999, was 2,000)")
        .contains("against the baseline: 0 new, 1 worsened, 0 kept, 0 fixed; FAILED");
    CliRun sarif = CliRun.of("check", cut.toString(), "--baseline", old.toString(), "--format", "sarif");
    assertThat(sarif.out()).contains("\"baselineState\" : \"updated\"").contains("\"baselineActual\" : 3000");
    CliRun json = CliRun.of("check", cut.toString(), "--baseline", old.toString(), "--format", "json");
    assertThat(JSON.readTree(json.out()).at("/findings/0/baseline_finding/actual").asLong()).isEqualTo(3000);
    CliRun better = CliRun.of("check", old.toString(), "--baseline", cut.toString());
    assertThat(better.code()).as("a smaller shortfall is kept").isZero();
    assertThat(better.out()).contains("(kept)");

    String remote = short3000.replace("atrocities: imminent", "atrocities: remote")
        .replace("tasks: [protection-of-civilians, ", "tasks: [");
    Path note = Files.writeString(dir.resolve("note.yaml"), remote);
    Path error = Files.writeString(dir.resolve("error.yaml"), remote.replace("atrocities: remote", "atrocities: imminent"));
    CliRun rose = CliRun.of("check", error.toString(), "--baseline", note.toString());
    assertThat(rose.code()).as("a note that became an error fails the gate").isEqualTo(1);
    assertThat(rose.out()).contains("[force-required] (worsened: error, was note)");
    assertThat(CliRun.of("check", error.toString(), "--baseline", note.toString(), "--fail-on", "never").code())
        .isZero();
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
        .contains("1 new, 0 worsened, 0 kept, 1 fixed");
    CliRun same = CliRun.of("check", draft.toString(), "--baseline", draft.toString());
    assertThat(same.code()).as("a finding the baseline had does not fail").isZero();
    assertThat(same.out()).contains("0 new, 0 worsened, 1 kept, 0 fixed");
    CliRun sarif = CliRun.of("check", draft.toString(), "--baseline", old.toString(), "--format", "sarif");
    assertThat(sarif.out()).contains("\"baselineState\" : \"new\"").contains("\"baselineState\" : \"absent\"");
  }
}
