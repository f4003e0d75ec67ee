package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** mdc assess as a user runs it: arguments in, exit code and output out. */
class AssessCommandTest {

  @TempDir Path dir;

  @Test
  void assessesAnExample() {
    CliRun run = CliRun.of("assess", "examples/darfur-2014.yaml");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("mdc assessment: Darfur, Sudan")
        .contains("12,000 to 60,000").contains("40,000 to 45,000").contains("24,638 (62%)").contains("19 (79%)");
  }

  @Test
  void jsonHasTheFieldsMachinesRelyOn() {
    CliRun run = CliRun.of("assess", "examples/darfur-2014.yaml", "--format", "json");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"required_min\" : 40000").contains("\"primary\" : \"over-the-horizon\"");
  }

  @Test
  void readsStandardInput() throws IOException {
    CliRun run = CliRun.withStdin(Files.readString(Path.of("examples/mali-2014.yaml")), "assess", "-");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("mdc assessment: Mali");
  }

  @Test
  void aMalformedFileIsExit65WithOneLineNamingTheLine() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: X\npopulation: many\nlargest_armed_force: 10\nhelicopters: 0\nhost_consent: full\n");
    CliRun run = CliRun.of("assess", bad.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst()).hasValue(
        bad + ":2:13: population: expected a whole number from 1 to 100,000,000,000, found the text \"many\"");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aMissingFileIsExit66() {
    CliRun run = CliRun.of("assess", "no/such/zone.yaml");
    assertThat(run.code()).isEqualTo(66);
    assertThat(run.err()).isEqualTo("mdc: no/such/zone.yaml: no such file" + System.lineSeparator());
  }

  @Test
  void aDirectoryIsExit66() {
    CliRun run = CliRun.of("assess", dir.toString());
    assertThat(run.code()).isEqualTo(66);
    assertThat(run.err()).contains("is a directory");
  }

  @ParameterizedTest(name = "mdc {0}: exit {1}")
  @CsvSource(delimiter = '|', value = {
    "assess examples/darfur-2014.yaml | 0",
    "assess | 2",
    "assess examples/darfur-2014.yaml --format pdf | 2",
    "assess examples/darfur-2014.yaml --colour | 2",
    "'' | 2",
    "--help | 0",
    "--version | 0",
    "assess --help | 0"
  })
  void exitCodes(String args, int code) {
    String[] argv = args.isBlank() ? new String[0] : args.trim().split(" ");
    assertThat(CliRun.of(argv).code()).isEqualTo(code);
  }

  @Test
  void aMistypedCommandSuggestsTheRightOne() {
    CliRun run = CliRun.of("asess", "examples/darfur-2014.yaml");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Did you mean").contains("assess");
  }

  @Test
  void helpListsEveryExitCodeOfTheEnum() {
    for (String[] args : new String[][] {{"--help"}, {"assess", "--help"}}) {
      String help = CliRun.of(args).out();
      assertThat(help).contains("Exit codes");
      Arrays.stream(ExitCode.values()).forEach(code ->
          assertThat(help).containsPattern("\\s" + code.code() + "\\s+" + java.util.regex.Pattern.quote(code.meaning())));
    }
  }

  @Test
  void theReadmeListsEveryExitCodeOfTheEnum() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    Arrays.stream(ExitCode.values()).forEach(code ->
        assertThat(readme).containsPattern("\\n +" + code.code() + " {3}" + java.util.regex.Pattern.quote(code.meaning())
            + "\\n"));
  }

  @Test
  void versionComesFromThePom() {
    assertThat(CliRun.of("--version").out()).startsWith("mdc 0.1.0");
  }
}
