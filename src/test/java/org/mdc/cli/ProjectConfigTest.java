package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project configuration: .mdc.yaml found from the working directory up, --config, --no-config. */
class ProjectConfigTest {

  @TempDir Path dir;

  private Path project;

  /** A project: a git root with a short draft, an archived one, and a doctrine that raises the density minimum. */
  @BeforeEach
  void project() throws IOException {
    project = dir.resolve("project");
    Files.createDirectories(project.resolve(".git"));
    Files.createDirectories(project.resolve("drafts/archive"));
    Files.createDirectories(project.resolve("sub/deeper"));
    Files.copy(Path.of("examples/mandates/troops-short.yaml"), project.resolve("drafts/short.yaml"));
    Files.copy(Path.of("examples/mandates/troops-short.yaml"), project.resolve("drafts/archive/old.yaml"));
    Files.writeString(project.resolve("doctrine.yaml"), "force-required: {severity: warning}\n");
  }

  private Path config(String text) throws IOException {
    return Files.writeString(project.resolve(".mdc.yaml"), text);
  }

  /** mdc in a child JVM started in {@code workingDirectory} with HOME set to {@code home}. */
  private static ChildMdc.Result child(Path workingDirectory, Path home, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(ChildMdc.command(List.of(), args));
    File out = File.createTempFile("mdc-child", ".out");
    File err = File.createTempFile("mdc-child", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectOutput(out).redirectError(err);
      builder.environment().put("HOME", home.toString());
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("mdc did not finish in 2 minutes");
      }
      return new ChildMdc.Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      out.delete();
      err.delete();
    }
  }

  @Test
  void theConfigurationIsFoundFromASubfolderAndItsPathsAreRelativeToIt() throws Exception {
    config("rules: doctrine.yaml\nexclude: drafts/archive/**\n");
    ChildMdc.Result run = child(project.resolve("sub/deeper"), dir, "check", "--verbose");
    assertThat(run.err()).contains("mdc: configuration: " + project.resolve(".mdc.yaml"));
    assertThat(run.out()).contains("../../drafts/short.yaml:25:3: warning: ").doesNotContain("archive");
    assertThat(run.code()).as(run.err()).isZero(); // the doctrine made the shortfall a warning
  }

  @Test
  void theSearchStopsAtTheRepositoryRootAndBeforeTheHomeFolder() throws Exception {
    Files.writeString(dir.resolve(".mdc.yaml"), "fail-on: never\n"); // above the repository
    ChildMdc.Result inRepository = child(project.resolve("sub"), dir.resolve("elsewhere"), "check", "-v",
        "../drafts/short.yaml");
    assertThat(inRepository.code()).isEqualTo(1);
    assertThat(inRepository.err()).contains("mdc: configuration: none (no .mdc.yaml from " + project.resolve("sub")
        + " up to " + project + ", the repository's root)");

    Path home = dir.resolve("home");
    Path work = Files.createDirectories(home.resolve("work"));
    Files.writeString(home.resolve(".mdc.yaml"), "fail-on: never\n"); // a user's file, not a project's
    Files.copy(Path.of("examples/mandates/troops-short.yaml"), work.resolve("short.yaml"));
    ChildMdc.Result underHome = child(work, home, "check", "-v", "short.yaml");
    assertThat(underHome.code()).isEqualTo(1);
    assertThat(underHome.err()).contains(home + ", the home folder, not searched");
  }

  @Test
  void optionsOnTheCommandLineWin() throws IOException {
    Path config = config("fail-on: never\nrules: doctrine.yaml\n");
    String draft = project.resolve("drafts/short.yaml").toString();
    assertThat(CliRun.of("check", "--config", config.toString(), draft).code()).isZero();
    CliRun pinned = CliRun.of("check", "--config", config.toString(), "--fail-on", "warning", draft);
    assertThat(pinned.code()).isEqualTo(1);
    assertThat(pinned.out()).contains(": warning: "); // the configuration's rulebook still applies
    Path strict = Files.writeString(project.resolve("strict.yaml"), "force-required: {severity: error}\n");
    CliRun rules = CliRun.of("check", "--config", config.toString(), "--fail-on", "error", "--rules",
        strict.toString(), draft);
    assertThat(rules.code()).isEqualTo(1);
    assertThat(rules.out()).contains(": error: ");
  }

  @Test
  void withoutDraftsTheConfigurationsFolderIsCheckedThroughItsGlobs() throws IOException {
    Path config = config("include: [\"drafts/**/*.yaml\"]\nexclude: [\"**/archive/**\"]\n");
    CliRun run = CliRun.of("check", "--config", config.toString(), "--format", "json");
    assertThat(run.out()).contains("short.yaml").doesNotContain("old.yaml");
    assertThat(run.code()).isEqualTo(1);
    CliRun named = CliRun.of("check", "--config", config.toString(),
        project.resolve("drafts/archive/old.yaml").toString());
    assertThat(named.out()).as("a file named on the command line is checked whatever the globs")
        .contains("old.yaml");
  }

  @Test
  void noConfigIgnoresIt() throws IOException {
    config("fail-on: never\n");
    CliRun run = CliRun.of("check", "--config", project.resolve(".mdc.yaml").toString(), "--no-config",
        project.resolve("drafts/short.yaml").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--config and --no-config cannot be used together");
    assertThat(CliRun.of("check", "--no-config", "-v", project.resolve("drafts/short.yaml").toString()).err())
        .contains("mdc: configuration: none (--no-config)");
    assertThat(CliRun.of("check", "--no-config").code()).isEqualTo(2);
  }

  @Test
  void aBadConfigurationIsReportedAtItsPlacesAndIs65() throws IOException {
    Path config = config("rules: doctrine.yaml\nfail-on: sometimes\ninclud: x\nexclude: [\"[a-\"]\n");
    CliRun run = CliRun.of("assess", "examples/darfur-2014.yaml", "--config", config.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(config + ":2:10: fail-on: expected error, warning, note, never, info, found"
        + " 'sometimes'")
        .contains(config + ":3:1: includ: unknown setting 'includ'; did you mean 'include'?")
        .contains(config + ":4:11: exclude: expected a glob")
        .contains("mdc: " + config + ": the configuration has 3 problems; nothing done");
    CliRun missing = CliRun.of("assess", "examples/darfur-2014.yaml", "--config",
        project.resolve("no.yaml").toString());
    assertThat(missing.code()).isEqualTo(66);
    assertThat(missing.err()).contains("mdc: configuration " + project.resolve("no.yaml") + ": no such file");
  }

  @Test
  void aConfigurationReadsNothingOutsideItsFolder() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.yaml"), "password: hunter2\n");
    for (String setting : List.of("rules: ../secret.yaml", "rules: " + secret, "baseline: ..")) {
      Path config = config(setting + "\n");
      CliRun run = CliRun.of("check", "--config", config.toString(), project.resolve("drafts/short.yaml").toString());
      assertThat(run.code()).as(setting).isEqualTo(65);
      assertThat(run.err()).as(setting).contains("is outside the configuration's folder").doesNotContain("hunter2");
    }
    Files.createSymbolicLink(project.resolve("link.yaml"), secret);
    Path config = config("rules: link.yaml\n");
    CliRun link = CliRun.of("check", "--config", config.toString(), project.resolve("drafts/short.yaml").toString());
    assertThat(link.code()).isEqualTo(65);
    assertThat(link.err()).contains(config + ":1:8: rules: 'link.yaml' is a link to a file outside the"
        + " configuration's folder").doesNotContain("hunter2");
  }

  @Test
  void aCommentOnlyConfigurationSetsNothing() throws IOException {
    Path config = config("# nothing yet\n");
    assertThat(CliRun.of("assess", "examples/darfur-2014.yaml", "--config", config.toString()).code()).isZero();
  }

  @Test
  void theSchemaDescribesTheConfigurationAndIsCommitted() throws IOException {
    String schema = CliRun.of("schema", "config").out();
    assertThat(Files.readString(Path.of("examples/schemas/config.schema.json")))
        .as("regenerate with: ./mdc schema config > examples/schemas/config.schema.json").isEqualTo(schema);
    JsonNode good = new YAMLMapper().readTree("rules: doctrine.yaml\nfail-on: warning\ninclude: [\"drafts/**\"]\n"
        + "exclude: \"**/archive/**\"\nbaseline: old\n");
    assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(good))
        .isEmpty();
    JsonNode levels = new ObjectMapper().readTree(schema).at("/properties/fail-on/enum");
    List<String> words = new ArrayList<>();
    levels.forEach(w -> words.add(w.asText()));
    assertThat(words).isEqualTo(Configuration.FAIL_LEVELS);
  }

  @Test
  void aDoubleStarFolderAlsoStandsForNoFolder() {
    java.nio.file.PathMatcher drafts = Configuration.glob("drafts/**/*.yaml");
    assertThat(drafts.matches(Path.of("drafts/a.yaml"))).isTrue();
    assertThat(drafts.matches(Path.of("drafts/x/y/a.yaml"))).isTrue();
    assertThat(drafts.matches(Path.of("other/a.yaml"))).isFalse();
    java.nio.file.PathMatcher archive = Configuration.glob("**/archive/**");
    assertThat(archive.matches(Path.of("archive/a.yaml"))).isTrue();
    assertThat(archive.matches(Path.of("drafts/archive/2020/a.yaml"))).isTrue();
    assertThat(archive.matches(Path.of("drafts/archived.yaml"))).isFalse();
  }

  @Test
  void aBaselineFolderIsFilteredAsTheDraftsAre() throws IOException {
    Path old = Files.createDirectories(project.resolve("old/drafts/archive"));
    Files.copy(Path.of("examples/mandates/troops-short.yaml"), old.resolve("gone.yaml"));
    Files.copy(Path.of("examples/mandates/troops-short.yaml"), project.resolve("old/drafts/short.yaml"));
    Path config = config("baseline: old\nexclude: \"**/archive/**\"\n");
    CliRun run = CliRun.of("check", "--config", config.toString(), "--format", "json");
    assertThat(run.out()).doesNotContain("gone.yaml").doesNotContain("old.yaml").doesNotContain("\"fixed\"");
    assertThat(run.code()).as("the shortfall is in the baseline too: kept, not new").isZero();
  }
}
