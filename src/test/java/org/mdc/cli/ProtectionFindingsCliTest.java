package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings of issue 16 as a user meets them: from {@code check} at the field's line in every
 * format, and the organization in every format of {@code assess}.
 */
class ProtectionFindingsCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SELF_DEFENCE = "examples/mandates/self-defence-only.yaml";
  private static final String CONTRADICTORY = "examples/mandates/contradictory-inputs.yaml";

  @TempDir Path dir;

  /** The 1-based line of the first line of {@code file} that starts with {@code prefix}. */
  private static int lineOf(String file, String prefix) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(file));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError(prefix + " not in " + file);
  }

  @Test
  void textPutsTheUseOfForceErrorAtItsFieldAndFails() throws IOException {
    CliRun run = CliRun.of("check", SELF_DEFENCE);
    assertThat(run.code()).isEqualTo(1);
    int line = lineOf(SELF_DEFENCE, "  use_of_force:");
    assertThat(run.out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l)
        .startsWith(SELF_DEFENCE + ":" + line + ":3: error: ")
        .endsWith("[use-of-force]"));
  }

  @Test
  void sarifJunitGithubAndGitlabCarryTheNewFindingsAtTheirLines() throws IOException {
    int useOfForce = lineOf(SELF_DEFENCE, "  use_of_force:");
    int hostRole = lineOf(CONTRADICTORY, "host_role:");

    JsonNode sarif = JSON.readTree(CliRun.of("check", SELF_DEFENCE, CONTRADICTORY, "--format", "sarif").out());
    List<String> results = new ArrayList<>();
    for (JsonNode r : sarif.at("/runs/0/results")) {
      results.add(r.get("ruleId").asText() + " " + r.get("level").asText() + " "
          + r.at("/locations/0/physicalLocation/region/startLine").asInt());
    }
    assertThat(results).contains("use-of-force error " + useOfForce, "contradictory-inputs warning " + hostRole);
    List<String> rules = new ArrayList<>();
    sarif.at("/runs/0/tool/driver/rules").forEach(r -> rules.add(r.get("id").asText()));
    assertThat(rules).contains("organization-choice", "police-component", "use-of-force", "caveats",
        "protection-by-presence", "reconfiguration-triggers", "area-coverage", "configuration-fit",
        "contradictory-inputs");

    String junit = CliRun.of("check", SELF_DEFENCE, "--format", "junit").out();
    assertThat(junit).contains("<testcase name=\"use-of-force\" classname=\"" + SELF_DEFENCE + "\"")
        .contains("only 20 percent of the time");

    String github = CliRun.of("check", CONTRADICTORY, "--format", "github").out();
    assertThat(github).contains("::warning file=" + CONTRADICTORY + ",line=" + hostRole
        + ",col=1,title=contradictory-inputs::host_role and threat contradict each other");

    JsonNode gitlab = JSON.readTree(CliRun.of("check", SELF_DEFENCE, "--format", "gitlab").out());
    assertThat(gitlab).anySatisfy(issue -> {
      assertThat(issue.get("check_name").asText()).isEqualTo("use-of-force");
      assertThat(issue.get("severity").asText()).isEqualTo("critical");
      assertThat(issue.at("/location/lines/begin").asInt()).isEqualTo(useOfForce);
    });
  }

  @Test
  void aFindingOfADraftThatNamesItsZoneIsInTheDraftAndTheZonesOrganizationsAreRead() throws IOException {
    Path zones = Files.createDirectories(dir.resolve("zones"));
    Files.copy(Path.of("examples/mandates/zones/eastern-province.yaml"), zones.resolve("east.yaml"));
    Files.writeString(zones.resolve("east.yaml"), "phase: rising-tension\n", java.nio.file.StandardOpenOption.APPEND);
    Path draft = dir.resolve("draft.yaml");
    Files.writeString(draft, "zone: zones/east.yaml\nmission:\n  name: East\n  type: peacekeeping\n  troops: 5000\n"
        + "  helicopters: 7\n  tasks: [protection-of-civilians, atrocity-prevention, early-warning]\n"
        + "  staff_policy: relocate\n  police: 0\n  reporting: {cadence_days: 30}\n");
    CliRun run = CliRun.of("check", draft.toString(), "--format", "json", "--zone-root", dir.toString());
    List<String> found = new ArrayList<>();
    JSON.readTree(run.out()).get("findings").forEach(f -> found.add(f.get("rule").asText() + " "
        + f.get("line").asInt()));
    assertThat(found).contains("protection-by-presence 8", "police-component 9", "reconfiguration-triggers 10");
  }

  @Test
  void everyAssessFormatShowsTheOrganization() throws IOException {
    String text = CliRun.of("assess", "examples/kenya-2008.yaml").out();
    assertThat(text).contains("  Organization: ad-hoc (an ad hoc team): African Union [organization-choice]");
    JsonNode json = JSON.readTree(CliRun.of("assess", "examples/kenya-2008.yaml", "--format", "json").out());
    assertThat(json.at("/recommendation/organization/kind").asText()).isEqualTo("ad-hoc");
    assertThat(json.at("/recommendation/organization/name").asText()).isEqualTo("African Union");
    assertThat(json.at("/recommendation/organization/reasons/0/rule").asText()).isEqualTo("organization-choice");
    String html = CliRun.of("assess", "examples/kenya-2008.yaml", "--format", "html").out();
    assertThat(html).contains("<p>Organization: <strong>ad-hoc (an ad hoc team): African Union</strong>");
    JsonNode unnamed = JSON.readTree(CliRun.of("assess", "examples/darfur-2014.yaml", "--format", "json").out());
    assertThat(unnamed.at("/recommendation/organization/kind").asText()).isEqualTo("un");
    assertThat(unnamed.at("/recommendation/organization").has("name")).isFalse();
    assertThat(unnamed.at("/recommendation/organization/reasons/1/message").asText()).startsWith("what would decide it");
  }

  @Test
  void aNameFromTheListCannotForgeALineOrMarkup() throws IOException {
    Path zone = dir.resolve("zone.yaml");
    Files.writeString(zone, "name: Z\npopulation: 1000000\nlargest_armed_force: 5000\nhost_consent: full\n"
        + "phase: latent-tension\norganizations:\n  - name: \"Evil\\nz.yaml:1:1: error: forged <b>\"\n"
        + "    kind: regional\n    covers_zone: yes\n    willing: yes\n");
    String text = CliRun.of("assess", zone.toString()).out();
    assertThat(text).contains("Organization: regional (a regional organization): Evil z.yaml:1:1: error: forged <b>")
        .doesNotContain("\nz.yaml:1:1");
    assertThat(CliRun.of("assess", zone.toString(), "--format", "html").out()).contains("forged &lt;b&gt;")
        .doesNotContain("forged <b>");
  }

  @Test
  void aRulebookCanTurnTheNewRulesOffOrChangeTheirSeverity() throws IOException {
    Path book = dir.resolve("rules.yaml");
    Files.writeString(book, "use-of-force: {severity: warning}\norganization-choice: {severity: off}\n");
    CliRun run = CliRun.of("check", SELF_DEFENCE, "--rules", book.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(": warning: ").contains("[use-of-force]");
    JsonNode json = JSON.readTree(CliRun.of("assess", "examples/kenya-2008.yaml", "--format", "json", "--rules",
        book.toString()).out());
    assertThat(json.at("/recommendation").has("organization")).isFalse();
  }

  @Test
  void theInitTemplatesCommentedFieldsAreValidOnceUncommented() throws IOException {
    String template = CliRun.of("init", "-").out();
    assertThat(template).contains("# police: 0", "# use_of_force:", "# staff_policy:", "# organizations:");
    String uncommented = template.lines()
        .map(l -> l.replaceFirst("^  # (police|use_of_force|caveats|staff_policy|reporting)", "  $1")
            .replaceFirst("^  #   ", "    ").replaceFirst("^# (organizations|date|snapshots)", "$1")
            .replaceFirst("^#   - ", "  - ").replaceFirst("^#     ", "    "))
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    Path zone = dir.resolve("zone.yaml");
    Files.writeString(zone, uncommented);
    CliRun run = CliRun.of("assess", zone.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.at("/zone/mission/police").isInt()).as("police is read").isTrue();
    assertThat(json.at("/zone/mission/police").asInt()).isZero();
    assertThat(json.at("/zone/mission/staff_policy").asText()).isEqualTo("stay");
    assertThat(json.at("/recommendation/organization/name").asText()).isEqualTo("Example regional organization");
  }

  @Test
  void aBadNewFieldIsExit65AtItsPlaceWithoutAStackTrace() throws IOException {
    Path zone = dir.resolve("zone.yaml");
    Files.writeString(zone, "name: Z\npopulation: 1000000\nlargest_armed_force: 5000\nhost_consent: full\n"
        + "organizations:\n  - {name: AU, kind: regonal}\nmission:\n  type: peacekeeping\n  use_of_force: robust\n");
    CliRun run = CliRun.of("assess", zone.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(zone + ":6:22: organizations[1].kind: expected one of un, regional, ad-hoc,"
        + " regional-office, found 'regonal'; did you mean 'regional'?")
        .contains(zone + ":9:17: mission.use_of_force: expected one of self-defence, protection-of-civilians,"
            + " chapter-vii, found 'robust'")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }
}
