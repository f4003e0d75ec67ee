package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline suppressions ({@code # mdc: ignore[RULE-ID] reason}) through the command line, in every
 * format: a suppressed finding never fails the check, is counted, and is listed with its reason
 * where the format can say so; a suppression without a reason or naming no rule is an error, one
 * that silences nothing a warning; the reason, text from the draft, cannot forge output.
 */
class CheckSuppressionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REASON = "the council caps this mission at 3,000; a regional force brings the rest";

  @TempDir Path dir;
  private String shortDraft;
  private Path suppressed;

  @BeforeEach
  void drafts() throws IOException {
    shortDraft = Files.readString(Path.of("examples/mandates/troops-short.yaml"));
    suppressed = Files.writeString(dir.resolve("capped.yaml"),
        shortDraft.replace("  troops: 3000", "  # mdc: ignore[force-required] " + REASON + "\n  troops: 3000"));
  }

  private Path draft(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void textCountsASuppressedFindingAndPasses() {
    CliRun run = CliRun.of("check", suppressed.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("mdc check: 0 errors, 0 warnings, 0 notes in 1 file; 1 suppressed; passed"
        + " (--fail-on error)\n");
    assertThat(CliRun.of("check", suppressed.toString(), "--fail-on", "note").code()).isZero();
  }

  @Test
  void jsonListsTheSuppressedFindingWithItsReasonAndItDoesNotFail() throws IOException {
    CliRun run = CliRun.of("check", suppressed.toString(), "--format", "json");
    assertThat(run.code()).isZero();
    JsonNode report = JSON.readTree(run.out());
    JsonNode f = report.at("/findings/0");
    assertThat(f.get("rule").asText()).isEqualTo("force-required");
    assertThat(f.get("line").asInt()).isEqualTo(26);
    assertThat(f.at("/suppressed/line").asInt()).isEqualTo(25);
    assertThat(f.at("/suppressed/reason").asText()).isEqualTo(REASON);
    assertThat(f.get("fails").asBoolean()).isFalse();
    assertThat(report.at("/summary/errors").asInt()).isZero();
    assertThat(report.at("/summary/suppressed").asInt()).isEqualTo(1);
    assertThat(report.at("/summary/failed").asBoolean()).isFalse();
  }

  @Test
  void sarifRecordsAnInSourceSuppressionWithTheJustificationAndValidates() throws IOException {
    CliRun run = CliRun.of("check", suppressed.toString(), "--format", "sarif");
    assertThat(run.code()).isZero();
    JsonNode log = JSON.readTree(run.out());
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    assertThat(schema.validate(log)).isEmpty();
    JsonNode result = log.at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("force-required");
    assertThat(result.at("/suppressions")).hasSize(1);
    assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(result.at("/suppressions/0/justification").asText()).isEqualTo(REASON);
    assertThat(result.at("/suppressions/0/location/physicalLocation/region/startLine").asInt()).isEqualTo(25);
    // The rules about suppression comments are in the driver, so their results have a rule to point at.
    JsonNode rules = log.at("/runs/0/tool/driver/rules");
    assertThat(rules.get(rules.size() - 2).get("id").asText()).isEqualTo("invalid-suppression");
    assertThat(rules.get(rules.size() - 1).get("id").asText()).isEqualTo("unused-suppression");
    CliRun unused = CliRun.of("check", draft("unused.yaml",
        shortDraft + "# mdc: ignore[surveillance] nothing to silence here\n").toString(), "--format", "sarif");
    JsonNode warning = JSON.readTree(unused.out()).at("/runs/0/results/1");
    assertThat(warning.get("ruleId").asText()).isEqualTo("unused-suppression");
    assertThat(warning.get("ruleIndex").asInt()).isEqualTo(rules.size() - 1);
    assertThat(warning.get("level").asText()).isEqualTo("warning");
  }

  @Test
  void junitHasNoFailureForASuppressedFindingAndSaysWhyInSystemOut() throws Exception {
    CliRun run = CliRun.of("check", suppressed.toString(), "--format", "junit");
    assertThat(run.code()).isZero();
    javax.xml.validation.Schema xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/schemas/junit.xsd"));
    xsd.newValidator().validate(new StreamSource(new StringReader(run.out())));
    assertThat(run.out()).contains("failures=\"0\"").doesNotContain("<failure")
        .contains("<testcase name=\"unused-suppression\"")
        .contains("[force-required] (suppressed on line 25: " + REASON + ")");
  }

  @Test
  void githubAndGitlabLeaveASuppressedFindingOut() throws IOException {
    CliRun github = CliRun.of("check", suppressed.toString(), "--format", "github");
    assertThat(github.code()).isZero();
    assertThat(github.out()).doesNotContain("::error").doesNotContain("::warning").contains("1 suppressed; passed");
    CliRun gitlab = CliRun.of("check", suppressed.toString(), "--format", "gitlab");
    assertThat(gitlab.code()).isZero();
    assertThat(JSON.readTree(gitlab.out())).isEmpty();
  }

  @Test
  void markdownListsSuppressedFindingsApartWithTheirReasonsEscaped() throws IOException {
    Path forged = draft("forged.yaml", shortDraft.replace("  troops: 3000",
        "  troops: 3000  # mdc: ignore[force-required] see <img src=x onerror=alert(1)> | `code` [link](http://x)"));
    CliRun run = CliRun.of("check", forged.toString(), "--format", "markdown");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("No findings.\n")
        .contains("| Location | Rule | Finding | Reason given |")
        .contains("| `" + forged + ":25` | `force-required` | Eastern Province Protection Mission has 3,000 troops")
        .contains("see &lt;img src=x onerror=alert(1)&gt; \\| \\`code\\` \\[link\\](http://x) |")
        .doesNotContain("<img").contains("1 suppressed; passed");
  }

  @Test
  void aCommentCannotForgeALineOrReorderWhatIsRead() throws IOException {
    // A comment ends at a line break, and YAML refuses control characters, so what a comment can
    // still carry is bidirectional overrides and isolates, in a rule id or in a reason.
    Path forged = draft("forged.yaml", shortDraft.replace("  troops: 3000",
        "  troops: 3000  # mdc: ignore[force-required, x\u202ey\u2066z] \u202ecapped\u2069 x.yaml:1:1: error: forged"));
    CliRun text = CliRun.of("check", forged.toString());
    assertThat(text.code()).as(text.err()).isEqualTo(1);
    assertThat(text.out()).doesNotContain("\u202e").doesNotContain("\u2066")
        .contains("no rule of mdc: 'x\\u202Ey\\u2066z'");
    assertThat(text.out().lines()).allMatch(l -> l.startsWith(forged.toString()) || l.startsWith("mdc check:"));
    CliRun markdown = CliRun.of("check", forged.toString(), "--format", "markdown");
    assertThat(markdown.out()).doesNotContain("\u202e").doesNotContain("\u2069")
        .contains("| \\\\u202Ecapped\\\\u2069 x.yaml:1:1: error: forged |");
    CliRun json = CliRun.of("check", forged.toString(), "--format", "json");
    assertThat(JSON.readTree(json.out()).at("/findings/0/suppressed/reason").asText())
        .as("machine formats keep the reason exactly").isEqualTo("\u202ecapped\u2069 x.yaml:1:1: error: forged");
    CliRun github = CliRun.of("check", draft("gh.yaml", shortDraft.replace("  troops: 3000",
        "  troops: 3000  # mdc: ignore[force%0Arequired::error file=x::forged] r")).toString(), "--format", "github");
    assertThat(github.out().lines().filter(l -> l.startsWith("::"))).allMatch(l -> !l.contains("%0Arequired"))
        .anyMatch(l -> l.contains("force%250Arequired"));
  }

  @Test
  void errorsAndWarningsAboutSuppressionsFailAsTheirSeverity() throws IOException {
    Path noReason = draft("no-reason.yaml", shortDraft.replace("  troops: 3000",
        "  troops: 3000  # mdc: ignore[force-required]"));
    CliRun run = CliRun.of("check", noReason.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains(noReason + ":25:17: error: the suppression of force-required gives no reason,"
        + " so it silences nothing: say why after the brackets (# mdc: ignore[RULE-ID] reason) [invalid-suppression]")
        .contains(noReason + ":25:3: error: Eastern Province Protection Mission has 3,000 troops")
        .contains("2 errors, 0 warnings, 0 notes in 1 file; FAILED");
    Path typo = draft("typo.yaml", shortDraft.replace("  troops: 3000",
        "  troops: 3000  # mdc: ignore[force-requird] capped"));
    assertThat(CliRun.of("check", typo.toString()).out())
        .contains(":25:17: error: the suppression names no rule of mdc: 'force-requird'; did you mean force-required?");
    Path unused = draft("unused.yaml", shortDraft.replace("  troops: 3000",
        "  # mdc: ignore[force-required] capped\n  troops: 3000  # mdc: ignore[helicopter-ratio] lift is enough"));
    CliRun warned = CliRun.of("check", unused.toString());
    assertThat(warned.code()).as("a warning does not fail --fail-on error").isZero();
    assertThat(warned.out()).contains(unused + ":26:17: warning: the suppression of helicopter-ratio silences"
        + " nothing: line 26 has no helicopter-ratio finding [unused-suppression]");
    assertThat(CliRun.of("check", unused.toString(), "--fail-on", "warning").code()).isEqualTo(1);
  }

  @Test
  void withABaselineASuppressedFindingNeverFailsAndARemovedSuppressionRevealsAKeptOne() throws IOException {
    Path old = draft("old.yaml", Files.readString(Path.of("examples/mandates/troops-enough.yaml")));
    // New in the draft, but silenced: it does not fail, and the summary says so.
    CliRun added = CliRun.of("check", suppressed.toString(), "--baseline", old.toString());
    assertThat(added.code()).as(added.out()).isZero();
    assertThat(added.out()).contains("1 suppressed; against the baseline: 0 new, 0 worsened, 0 kept, 0 fixed; passed");
    CliRun json = CliRun.of("check", suppressed.toString(), "--baseline", old.toString(), "--format", "json");
    assertThat(JSON.readTree(json.out()).at("/findings/0/baseline").asText()).isEqualTo("new");
    // The baseline silenced it; the draft drops the comment: the finding was there before, so it is kept.
    Path unsilenced = draft("unsilenced.yaml", shortDraft);
    CliRun removed = CliRun.of("check", unsilenced.toString(), "--baseline", suppressed.toString());
    assertThat(removed.code()).isZero();
    assertThat(removed.out()).contains("[force-required] (kept)").contains("0 new, 0 worsened, 1 kept, 0 fixed");
    // A troop cut under a suppression is worse than the baseline, but still silenced.
    Path cut = draft("cut.yaml", Files.readString(suppressed).replace("troops: 3000", "troops: 1"));
    CliRun worse = CliRun.of("check", cut.toString(), "--baseline", suppressed.toString(), "--format", "json");
    assertThat(worse.code()).isZero();
    assertThat(JSON.readTree(worse.out()).at("/findings/0/baseline").asText()).isEqualTo("updated");
  }

  @Test
  void aDraftFromStandardInputIsSuppressedAsAFile() throws IOException {
    CliRun run = CliRun.withStdin(Files.readString(suppressed), "check", "-");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("1 suppressed; passed");
  }
}
