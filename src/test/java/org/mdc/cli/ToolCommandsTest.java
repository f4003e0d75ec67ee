package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;

/** rules, schema, init and completion, and terminal manners. */
class ToolCommandsTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  @TempDir Path dir;

  private static JsonSchema schema(String kind) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(CliRun.of("schema", kind).out());
  }

  @Test
  void rulesListsEveryRuleOfTheBriefWithItsSource() {
    String out = CliRun.of("rules").out();
    for (Rule rule : RuleSet.defaults().all()) {
      assertThat(out).contains(rule.id() + "  (up to ").contains("source: " + rule.info().source().cite());
    }
    assertThat(out).contains("per_thousand_min = 2: seed (002 Bellamy & Lupel")
        .contains("troops_per_helicopter = 800: derivation (troops authorized / helicopters authorized");
  }

  @Test
  void rulesExplainsOneRuleWithAWorkedExample() {
    CliRun run = CliRun.of("rules", "force-density");
    assertThat(run.out()).contains("per_thousand_min = 2  (default 2; a number from 0 to 1,000 with at most 4 decimals)")
        .contains("rests on: seed 002 Bellamy & Lupel, Why We Fail (IPI, 2015), \"Capability gaps\": \"2–10 troops are"
            + " required for every 1,000 inhabitants within a crisis zone\"")
        .contains("Worked example: Darfur, c. 6 million people: 2 to 10 per 1,000 gives 12,000 to 60,000 troops")
        .contains("  rests on: seed 002 Bellamy & Lupel, Why We Fail (IPI, 2015), Table 1: ");
    CliRun typo = CliRun.of("rules", "force-densty");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("did you mean 'force-density'?");
  }

  @Test
  void everyRuleHasAWorkedExample() {
    RuleSet.defaults().all().forEach(r -> {
      assertThat(r.info().example().text()).as(r.id()).isNotBlank();
      assertThat(r.info().example().provenance().reference()).as(r.id()).isNotEqualTo("none");
    });
  }

  @Test
  void rulesShowsTheRulebookInForce() throws IOException {
    Path book = dir.resolve("doctrine.yaml");
    Files.writeString(book, "force-density: {per_thousand_min: 20, per_thousand_max: 20}\n");
    assertThat(CliRun.of("rules", "force-density", "--rules", book.toString()).out())
        .contains("per_thousand_min = 20  (default 2; ");
  }

  @Test
  void rulesYamlIsTheDefaultRulebook() {
    String yaml = CliRun.of("rules", "--format", "yaml").out();
    assertThat(yaml).contains("force-density:\n  # per_thousand_min:").contains("\n  per_thousand_min: 2\n")
        .contains("\n  troops_per_helicopter: 800\n");
    // Every parameter says what it rests on, in the comment just above it.
    for (Rule rule : RuleSet.defaults().all()) {
      for (org.mdc.rules.Parameter p : rule.info().parameters()) {
        String before = yaml.substring(0, yaml.indexOf("\n  " + p.name() + ": "));
        assertThat(before.substring(before.lastIndexOf("  # " + p.name() + ":"))).as(p.name())
            .contains("Rests on:").contains(p.provenance().kind() == org.mdc.rules.Provenance.Kind.SEED ? "seed "
                : p.provenance().kind() == org.mdc.rules.Provenance.Kind.OUTSIDE ? "outside reference" : "derivation");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleValidatesAgainstItsSchema() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("examples"))) {
      List<Path> yamls = files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
      assertThat(yamls).hasSizeGreaterThan(20);
      return yamls.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
        String first = Files.readAllLines(file).get(0);
        assertThat(first).as("modeline").startsWith("# yaml-language-server: $schema=");
        String kind = first.replaceAll(".*/(\\w+)\\.schema\\.json$", "$1");
        Path schemaFile = file.getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize();
        assertThat(schemaFile).as("the modeline's schema file").exists();
        JsonNode doc = YAML.readTree(file.toFile());
        assertThat(schema(kind).validate(doc)).as(file.toString()).isEmpty();
      }));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zone", "mandate", "rules"})
  void committedSchemasAreWhatMdcPrints(String kind) throws IOException {
    assertThat(Files.readString(Path.of("examples/schemas", kind + ".schema.json")))
        .as("regenerate with: ./mdc schema %s > examples/schemas/%s.schema.json", kind, kind)
        .isEqualTo(CliRun.of("schema", kind).out());
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() throws IOException {
    JsonSchema zone = schema("zone");
    String valid = "name: X\npopulation: 10\nlargest_armed_force: 5\nhelicopters: 0\nhost_consent: full\n";
    assertThat(zone.validate(YAML.readTree(valid))).isEmpty();
    for (String bad : List.of(valid + "popluation: 3\n", valid.replace("full", "maybe"),
        valid.replace("10", "0"), valid.replace("helicopters: 0", "helicopters: 2.5"),
        valid.replace("5\n", "{min: 5, max: 6, strength: 5}\n"), "name: X\n")) {
      assertThat(zone.validate(YAML.readTree(bad))).as(bad).isNotEmpty();
      assertThat(CliRun.withStdin(bad, "assess", "-").code()).as(bad).isEqualTo(65);
    }
    assertThat(schema("rules").validate(YAML.readTree("force-densty: {per_thousand_min: 2}\n"))).isNotEmpty();
  }

  @Test
  void theSchemaTakesAndRefusesRangesOfEstimatesAsTheReaderDoes() throws IOException {
    JsonSchema zone = schema("zone");
    String valid = "name: X\npopulation: {min: 70000, max: 330000}\nlargest_armed_force: 5\n"
        + "helicopters: {min: 0, max: 4}\nhost_consent: full\nmission: {type: peacekeeping, troops: {min: 1, max: 9}}\n";
    assertThat(zone.validate(YAML.readTree(valid))).isEmpty();
    assertThat(CliRun.withStdin(valid, "assess", "-").code()).isZero();
    for (String bad : List.of(valid.replace("{min: 70000, max: 330000}", "{min: 70000}"),
        valid.replace("{min: 70000, max: 330000}", "{min: 0, max: 330000}"),
        valid.replace("{min: 70000, max: 330000}", "{min: 1, max: 2, strength: 2}"),
        valid.replace("{min: 70000, max: 330000}", "[70000, 330000]"),
        valid.replace("{min: 0, max: 4}", "{min: 0, max: 2.5}"),
        valid.replace("troops: {min: 1, max: 9}", "troops: {min: one, max: 9}"))) {
      assertThat(zone.validate(YAML.readTree(bad))).as(bad).isNotEmpty();
      assertThat(CliRun.withStdin(bad, "assess", "-").code()).as(bad).isEqualTo(65);
    }
    // A range upside down is one thing a schema cannot see: the reader says where it is.
    String upsideDown = valid.replace("{min: 70000, max: 330000}", "{min: 330000, max: 70000}");
    assertThat(CliRun.withStdin(upsideDown, "assess", "-").err()).contains(":2:14: population.min: min (330000) is above max (70000)");
  }

  @Test
  void initWritesATemplateThatAssessesAndNeverOverwrites() throws IOException {
    Path zone = dir.resolve("zone.yaml");
    CliRun run = CliRun.of("init", zone.toString());
    assertThat(run.code()).isZero();
    assertThat(CliRun.of("assess", zone.toString()).code()).isZero();
    assertThat(schema("zone").validate(YAML.readTree(zone.toFile()))).isEmpty();
    Files.writeString(zone, "mine\n");
    CliRun again = CliRun.of("init", zone.toString());
    assertThat(again.code()).isEqualTo(73);
    assertThat(again.err()).contains("exists; left untouched (use --force to overwrite it)");
    assertThat(Files.readString(zone)).isEqualTo("mine\n");
    assertThat(CliRun.of("init", zone.toString(), "--force").code()).isZero();
    assertThat(Files.readString(zone)).contains("name: Example province");
  }

  @Test
  void initOfAnEmptyNameIsBadUsage() {
    CliRun run = CliRun.of("init", "");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("expected a file name").doesNotContain("Exception");
  }

  @Test
  void initForceFollowsALinkAndKeepsTheMode() throws IOException {
    Path target = dir.resolve("real.yaml");
    Files.writeString(target, "mine\n");
    Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
    Path link = Files.createSymbolicLink(dir.resolve("zone.yaml"), target.getFileName());
    assertThat(CliRun.of("init", link.toString()).code()).as("a link is not replaced without --force").isEqualTo(73);
    assertThat(CliRun.of("init", link.toString(), "--force").code()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).contains("name: Example province");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-rw----");
  }

  @Test
  void completionScriptsNameEveryCommand() {
    for (String shell : new String[] {"bash", "zsh"}) {
      CliRun run = CliRun.of("completion", shell);
      assertThat(run.code()).isZero();
      assertThat(run.out()).contains("complete -F").contains("assess").contains("compare").contains("check");
    }
    assertThat(CliRun.of("completion", "zsh").out()).startsWith("autoload -U +X compinit");
  }

  @Test
  void colourOnlyWhenAskedOrOnATerminal() {
    String always = CliRun.of("assess", "examples/mali-2014.yaml", "--color=always").out();
    assertThat(always).contains("\u001b[1mRECOMMENDATION\u001b[0m");
    // Tests run without a terminal: auto is plain, like a pipe.
    assertThat(CliRun.of("assess", "examples/mali-2014.yaml").out()).doesNotContain("\u001b[");
    assertThat(CliRun.of("assess", "examples/mali-2014.yaml", "--color=never").out()).doesNotContain("\u001b[");
  }

  @Test
  void quietDropsTheSummary() {
    assertThat(CliRun.of("compare", "examples/table1.csv", "--quiet").err()).isEmpty();
    assertThat(CliRun.of("compare", "examples/table1.csv").err()).contains("rows read");
  }

  @Test
  void theQuickVersionIsWhatPicocliPrints() {
    java.io.StringWriter picocli = new java.io.StringWriter();
    Main.commandLine(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream())
        .printVersionHelp(new java.io.PrintWriter(picocli, true));
    assertThat(CliRun.of("--version").out()).isEqualTo(picocli.toString());
    assertThat(CliRun.of("-V").out()).isEqualTo(picocli.toString());
    assertThat(CliRun.of("--color=never", "--version").out()).isEqualTo(picocli.toString());
  }

  @Test
  void versionNamesTheRulebook() {
    assertThat(CliRun.of("--version").out()).contains("default rulebook: brief-2");
  }

  @Test
  void helpTeachesEveryCommand() {
    String help = CliRun.of("--help").out();
    for (String command : new String[] {"assess", "compare", "check", "rules", "schema", "init", "completion"}) {
      assertThat(help).contains("  " + command + " ");
    }
  }

  @Test
  void theJsonSchemaDialectIs2020_12() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(CliRun.of("schema", "mandate").out());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }
}
