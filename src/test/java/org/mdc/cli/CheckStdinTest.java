package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mdc check -}: a draft (or a baseline) read from standard input, as editors and scripts pipe it. */
class CheckStdinTest {

  private static final Path MANDATES = Path.of("examples/mandates");

  @TempDir Path dir;

  private static String read(String name) throws IOException {
    return Files.readString(MANDATES.resolve(name));
  }

  @Test
  void aDashReadsTheDraftFromStandardInputUnderTheNameStdin() throws IOException {
    CliRun run = CliRun.withStdin(read("troops-short.yaml"), "check", "-");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).containsExactly(
        "<stdin>:25:3: error: Eastern Province Protection Mission has 3,000 troops; the rules of thumb require at"
            + " least 5,000 (parity with the largest armed force (5,000) is above the density minimum (2,000)):"
            + " short by 2,000 (40%) [force-required]",
        "mdc check: 1 error, 0 warnings, 0 notes in 1 file; FAILED (--fail-on error)");
    CliRun passing = CliRun.withStdin(read("troops-enough.yaml"), "check", "-", "--format", "json");
    assertThat(passing.code()).as(passing.err()).isZero();
    assertThat(new ObjectMapper().readTree(passing.out()).at("/files/0").asText()).isEqualTo("<stdin>");
  }

  @Test
  void stdinFilenameNamesTheDraftAndPlacesItsZoneKey() throws IOException {
    // An editor pipes the unsaved buffer of examples/mandates/uses-zone-file.yaml: its zone: key
    // is relative to that file, and the findings name it.
    CliRun run = CliRun.withStdin(read("uses-zone-file.yaml").replace("troops: 5000", "troops: 3000"), "check", "-",
        "--stdin-filename", "examples/mandates/uses-zone-file.yaml", "--format", "github");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).startsWith("::error file=examples/mandates/uses-zone-file.yaml,line=10,col=3,"
        + "title=force-required::");
  }

  @Test
  void aDraftFromStandardInputReadsNothingOutsideTheWorkingDirectory() throws IOException {
    Files.writeString(dir.resolve("secret.yaml"), "name: s\npopulation: 10\nlargest_armed_force: 1\n");
    CliRun run = CliRun.withStdin("zone: " + dir.resolve("secret.yaml") + "\nmission: {type: peacekeeping}\n",
        "check", "-");
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains("<stdin>:1:7: zone: the zone file '" + dir.resolve("secret.yaml")
        + "' is outside the checked folder");
  }

  @Test
  void aBaselineFromStandardInputComparesAsAFileWould() throws IOException {
    // git show main:draft.yaml | mdc check draft.yaml --baseline -
    CliRun same = CliRun.withStdin(read("troops-short.yaml"), "check", MANDATES.resolve("troops-short.yaml").toString(),
        "--baseline", "-");
    assertThat(same.code()).as(same.err()).isZero();
    assertThat(same.out()).contains("0 new, 0 worsened, 1 kept, 0 fixed");
    CliRun worse = CliRun.withStdin(read("troops-enough.yaml"), "check",
        MANDATES.resolve("troops-short.yaml").toString(), "--baseline", "-");
    assertThat(worse.code()).isEqualTo(1);
    assertThat(worse.out()).contains("1 new, 0 worsened, 0 kept, 0 fixed");
  }

  @Test
  void standardInputIsReadOnceAndMisuseIsABadUsage() throws IOException {
    CliRun both = CliRun.withStdin(read("troops-short.yaml"), "check", "-", "--baseline", "-");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("standard input").contains("once");
    CliRun twice = CliRun.withStdin(read("troops-short.yaml"), "check", "-", "-");
    assertThat(twice.code()).as(twice.err()).isEqualTo(1);
    assertThat(twice.out()).contains("in 1 file;");
    CliRun nameWithoutDash = CliRun.of("check", MANDATES.resolve("troops-short.yaml").toString(), "--stdin-filename",
        "x.yaml");
    assertThat(nameWithoutDash.code()).isEqualTo(2);
    assertThat(nameWithoutDash.err()).contains("--stdin-filename").contains("'-'");
  }

  @Test
  void anEmptyOrBrokenStandardInputIsBadInputNamedStdin() {
    CliRun empty = CliRun.withStdin("", "check", "-");
    assertThat(empty.code()).isEqualTo(65);
    assertThat(empty.err()).startsWith("<stdin>:1:1: the file is empty");
    CliRun broken = CliRun.withStdin("mission: [unclosed\n", "check", "-");
    assertThat(broken.code()).isEqualTo(65);
    assertThat(broken.err()).startsWith("<stdin>:");
  }
}
