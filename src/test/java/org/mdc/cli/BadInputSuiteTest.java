package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input the hardening issue names, run through the command line as a user
 * would: each gets its documented exit code and a message with its place, never a stack trace.
 */
class BadInputSuiteTest {

  private static final String ZONE =
      "name: X\npopulation: 6000000\nlargest_armed_force: 40000\nhelicopters: 5\nhost_consent: full\n";
  private static final String CSV = "mission,population,largest_force_min,largest_force_max,troops\n";
  private static final String RANGES =
      "mission,population,population_min,population_max,largest_force_min,largest_force_max,troops\n";

  @TempDir Path dir;

  private static void assertNoStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error")
        .doesNotContain("StreamReadConstraints").doesNotContain("org.yaml").doesNotContain("com.fasterxml")
        .doesNotContain("Event").doesNotContain("VALUE_");
    assertThat(run.code()).isNotEqualTo(70);
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path;
  }

  static Stream<Arguments> yamlInputs() {
    String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n" + ZONE;
    return Stream.of(
        Arguments.of("alias bomb (billion laughs)", bomb.getBytes(StandardCharsets.UTF_8), 65, "YAML aliases (*a) are not allowed"),
        Arguments.of("deep nesting", ("name: " + "[".repeat(5000) + "]".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8), 65, "nest"),
        Arguments.of("nesting just past the limit", ("name: " + "[".repeat(40) + "]".repeat(40) + "\n").getBytes(StandardCharsets.UTF_8), 65, "not valid YAML: nested more than 32 levels deep"),
        Arguments.of("a list as a key", ("? [a, b]\n: 1\n" + ZONE).getBytes(StandardCharsets.UTF_8), 65, "not valid YAML: a key must be plain text, not a list or a mapping"),
        Arguments.of("an unknown tag", (ZONE + "area_km2: !foo 5\n").getBytes(StandardCharsets.UTF_8), 65, "6:11: the YAML tag !foo is not allowed: write the value plainly"),
        Arguments.of("a tag that makes text a count", ZONE.replace("helicopters: 5", "helicopters: !!int \"5\"").getBytes(StandardCharsets.UTF_8), 65, "4:14: the YAML tag !!int is not allowed"),
        Arguments.of("a binary value", ZONE.replace("name: X", "name: !!binary aGVsbG8=").getBytes(StandardCharsets.UTF_8), 65, "1:7: the YAML tag !!binary is not allowed"),
        Arguments.of("a tag on the first key", ("!foo " + ZONE).getBytes(StandardCharsets.UTF_8), 65, "1:1: the YAML tag !foo is not allowed"),
        Arguments.of("a tag on the document", ("--- !foo\n" + ZONE).getBytes(StandardCharsets.UTF_8), 65, "the YAML tag !foo is not allowed"),
        Arguments.of("an exclamation mark in text is fine", ZONE.replace("name: X", "name: Help! now").getBytes(StandardCharsets.UTF_8), 0, ""),
        Arguments.of("a one-letter answer", (ZONE + "objectives_reconcilable: y\n").getBytes(StandardCharsets.UTF_8), 65, "6:26: objectives_reconcilable: expected one of yes, no, unknown, found 'y'; did you mean 'yes'?"),
        Arguments.of("very long scalar", ("name: " + "x".repeat(200_000) + "\n" + ZONE.substring(8)).getBytes(StandardCharsets.UTF_8), 65, "1:7: a value of 200000 characters; at most 10000 are read"),
        Arguments.of("a file of many megabytes", ("#".repeat(3 << 20) + "\n" + ZONE).getBytes(StandardCharsets.UTF_8), 65, "1:1: the file is larger than 1 MiB (1,048,576 bytes), the most mdc reads"),
        Arguments.of("duplicate keys", (ZONE + "population: 5\n").getBytes(StandardCharsets.UTF_8), 65, "6:1: the key 'population' appears twice"),
        Arguments.of("several documents", (ZONE + "---\n" + ZONE).getBytes(StandardCharsets.UTF_8), 65, "more than one YAML document"),
        Arguments.of("tabs", "name: X\n\tpopulation: 1\n".getBytes(StandardCharsets.UTF_8), 65, "not valid YAML"),
        Arguments.of("an empty file", new byte[0], 65, "the file is empty"),
        Arguments.of("a bare scalar", "just text\n".getBytes(StandardCharsets.UTF_8), 65, "expected a mapping of zone fields (name, population, ...), found the text"),
        Arguments.of("a list", "- name: X\n".getBytes(StandardCharsets.UTF_8), 65, "expected a mapping of zone fields (name, population, ...), found a list"),
        Arguments.of("bytes that are not UTF-8", (ZONE + "# \u00e9\n").getBytes(StandardCharsets.ISO_8859_1), 65, "not UTF-8 text (byte 0xE9 at offset"),
        Arguments.of("a typo in a key", (ZONE + "host_rol: failing\n").getBytes(StandardCharsets.UTF_8), 65, "6:1: host_rol: unknown field 'host_rol'; did you mean 'host_role'?"),
        Arguments.of("text for a number", ZONE.replace("6000000", "six million").getBytes(StandardCharsets.UTF_8), 65, "2:13: population: expected a whole number"),
        Arguments.of("a quoted count", ZONE.replace("helicopters: 5", "helicopters: \"3\"").getBytes(StandardCharsets.UTF_8), 65, "write the number without quotes"),
        Arguments.of("~ for a count", ZONE.replace("population: 6000000", "population: ~").getBytes(StandardCharsets.UTF_8), 65, "population: required field is missing"),
        Arguments.of("a float for a count", ZONE.replace("helicopters: 5", "helicopters: 2.5").getBytes(StandardCharsets.UTF_8), 65, "found the decimal number 2.5"),
        Arguments.of("zero population", ZONE.replace("6000000", "0").getBytes(StandardCharsets.UTF_8), 65, "population: expected a whole number from 1"),
        Arguments.of("negative population", ZONE.replace("6000000", "-6").getBytes(StandardCharsets.UTF_8), 65, "found the whole number -6"),
        Arguments.of("beyond a long", ZONE.replace("6000000", "92233720368547758070").getBytes(StandardCharsets.UTF_8), 65, "population: expected a whole number from 1 to 100,000,000,000"),
        Arguments.of("min above max", ZONE.replace("40000", "{min: 9, max: 3}").getBytes(StandardCharsets.UTF_8), 65, "largest_armed_force.min: min (9) is above max (3)"),
        Arguments.of("an unknown enum value", ZONE.replace("full", "some").getBytes(StandardCharsets.UTF_8), 65, "expected one of full, partial, none, found 'some'"),
        Arguments.of("a leading zero", ZONE.replace("helicopters: 5", "helicopters: 010").getBytes(StandardCharsets.UTF_8), 65, "4:14: helicopters: expected a number written without a leading zero, found 010: YAML 1.1 readers take it as the octal number 8; write 10, or 8 if that is meant"),
        Arguments.of("a leading zero in a mission", (ZONE + "mission: {type: peacekeeping, troops: 0_100}\n").getBytes(StandardCharsets.UTF_8), 65, "mission.troops: expected a number written without a leading zero, found 0_100"),
        Arguments.of("a byte-order mark is fine", ("\uFEFF" + ZONE).getBytes(StandardCharsets.UTF_8), 0, ""),
        Arguments.of("a population range is fine", ZONE.replace("6000000", "{min: 70000, max: 330000}").getBytes(StandardCharsets.UTF_8), 0, ""),
        Arguments.of("a population range upside down", ZONE.replace("6000000", "{min: 330000, max: 70000}").getBytes(StandardCharsets.UTF_8), 65, "2:14: population.min: min (330000) is above max (70000)"),
        Arguments.of("a population range without its max", ZONE.replace("6000000", "{min: 70000}").getBytes(StandardCharsets.UTF_8), 65, "2:13: population.max: required field is missing: expected a whole number"),
        Arguments.of("a population range with a strength", ZONE.replace("6000000", "{min: 1, max: 2, strength: 2}").getBytes(StandardCharsets.UTF_8), 65, "2:30: population.strength: unknown field 'strength' (known: min, max)"),
        Arguments.of("a population range of zero", ZONE.replace("6000000", "{min: 0, max: 5}").getBytes(StandardCharsets.UTF_8), 65, "2:19: population.min: expected a whole number from 1 to 100,000,000,000, found the whole number 0"),
        Arguments.of("a population as a list", ZONE.replace("6000000", "[70000, 330000]").getBytes(StandardCharsets.UTF_8), 65, "2:13: population: expected a mapping of min and max (a range of estimates), or write one whole number, found a list"),
        Arguments.of("a helicopter range in text", ZONE.replace("helicopters: 5", "helicopters: {min: two, max: 6}").getBytes(StandardCharsets.UTF_8), 65, "4:20: helicopters.min: expected a whole number from 0 to 1,000,000"),
        Arguments.of("a troop range upside down", (ZONE + "mission: {type: peacekeeping, troops: {min: 9, max: 3}}\n").getBytes(StandardCharsets.UTF_8), 65, "6:40: mission.troops.min: min (9) is above max (3)"));
  }

  @ParameterizedTest(name = "zone: {0}")
  @MethodSource("yamlInputs")
  void zoneFiles(String what, byte[] bytes, int code, String message) throws IOException {
    Path zone = file("zone.yaml", bytes);
    CliRun run = CliRun.of("assess", zone.toString());
    assertNoStackTrace(run);
    assertThat(run.code()).as(run.err()).isEqualTo(code);
    if (code != 0) {
      assertThat(run.err()).startsWith(zone + ":").contains(message);
    }
    CliRun stdin = CliRun.withStdin(new java.io.ByteArrayInputStream(bytes), "assess", "-");
    assertThat(stdin.code()).isEqualTo(code);
  }

  static Stream<Arguments> csvInputs() {
    return Stream.of(
        Arguments.of("a missing field", CSV + "A,,1,2,3\n", 65, ":2:1: population: missing"),
        Arguments.of("not a number", CSV + "A,many,1,2,3\n", 65, ":2:1: population: expected a whole number from 1 to 100000000000, found 'many'"),
        Arguments.of("a negative number", CSV + "A,100,1,2,-3\n", 65, ":2:1: troops: expected a whole number from 0 to 1000000000, found a negative number"),
        Arguments.of("overflowing a long", CSV + "A,99999999999999999999,1,2,3\n", 65, "beyond the range of a 64-bit integer"),
        Arguments.of("min above max", CSV + "A,100,5,2,3\n", 65, ":2:1: largest_force_min: largest_force_min (5) is above largest_force_max (2)"),
        Arguments.of("too few columns", CSV + "A,100\n", 65, ":2:1: too few columns: 2 of the header's 5"),
        Arguments.of("duplicate columns", "mission,population,troops,troops,largest_force\nA,1,1,1,1\n", 65, "the column 'troops' appears twice"),
        Arguments.of("a missing column", "mission,population,largest_force\nA,1,1\n", 65, "the required column 'troops' is missing"),
        Arguments.of("only a header", CSV, 0, "0 rows read"),
        Arguments.of("a quote left open at the end", CSV + "A,100,1,2,3\n\"B,100,1,2,3\n", 65, "cannot be read past here"),
        Arguments.of("NUL bytes", CSV + "A\u0000B,100,1,2,3\nC,100,1,2,3\n", 65, ":2:1: mission: contains a NUL byte"),
        Arguments.of("an empty file", "", 65, "the file is empty"),
        Arguments.of("a population range", RANGES + "A,,70000,330000,1,2,3\n", 0, "1 row read, 1 written"),
        Arguments.of("a population range upside down", RANGES + "A,,330000,70000,1,2,3\n", 65, ":2:1: population_min: population_min (330000) is above population_max (70000)"),
        Arguments.of("a population and a range", RANGES + "A,6000000,70000,330000,1,2,3\n", 65, ":2:1: population: give population, or population_min and population_max, not both"),
        Arguments.of("a population range without its max", RANGES + "A,,70000,,1,2,3\n", 65, ":2:1: population_max: missing: population_min needs population_max"),
        Arguments.of("a population range without its min", RANGES + "A,,,330000,1,2,3\n", 65, ":2:1: population_min: missing: population_max needs population_min"),
        Arguments.of("no population at all", RANGES + "A,,,,1,2,3\n", 65, ":2:1: population: missing (give population, or population_min and population_max)"),
        Arguments.of("a population range of zero", RANGES + "A,,0,5,1,2,3\n", 65, ":2:1: population_min: expected a whole number from 1 to 100000000000, found 0"),
        Arguments.of("a population_min column alone", "mission,population_min,largest_force,troops\nA,1,2,3\n", 65, ":1:1: population_max: the column 'population_min' needs the column 'population_max'"),
        Arguments.of("no population column", "mission,largest_force,troops\nA,1,2\n", 65, "the required column 'population' (or population_min with population_max) is missing"));
  }

  @ParameterizedTest(name = "csv: {0}")
  @MethodSource("csvInputs")
  void missionLists(String what, String content, int code, String message) throws IOException {
    Path csv = file("missions.csv", content.getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("compare", csv.toString());
    assertNoStackTrace(run);
    assertThat(run.code()).as(run.err()).isEqualTo(code);
    assertThat(run.err()).contains(message);
  }

  @Test
  void aHundredMegabyteSingleLineIsRefusedWithoutReadingItAll() throws IOException {
    Path csv = dir.resolve("huge.csv");
    try (OutputStream out = Files.newOutputStream(csv)) {
      out.write(CSV.getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
    }
    CliRun run = CliRun.of("compare", csv.toString());
    assertNoStackTrace(run);
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains(":2:1: a row longer than 32 MiB starts here");
  }

  @Test
  void anEndlessOrHugeSparseFileIsLargerThanTheLimitNotSomeByteCount() throws Exception {
    Path sparse = dir.resolve("sparse.yaml");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(2L << 30);
    }
    for (String name : new String[] {"/dev/zero", sparse.toString()}) {
      CliRun run = CliRun.of("assess", name);
      assertNoStackTrace(run);
      assertThat(run.code()).isEqualTo(65);
      assertThat(run.err()).startsWith(name + ":1:1: the file is larger than 1 MiB (1,048,576 bytes), the most mdc"
          + " reads").doesNotContain("1048577");
    }
  }

  @Test
  void filesMissingADirectoryAndStandardInput() throws IOException {
    for (String command : new String[] {"assess", "compare", "check"}) {
      CliRun missing = CliRun.of(command, dir.resolve("nope").toString());
      assertThat(missing.code()).as(command).isEqualTo(66);
      assertThat(missing.err()).contains("no such file");
      assertNoStackTrace(missing);
    }
    assertThat(CliRun.of("assess", dir.toString()).code()).isEqualTo(66);
    assertThat(CliRun.of("compare", dir.toString()).err()).contains("is a directory");
    assertThat(CliRun.withStdin(ZONE, "assess", "-").code()).isZero();
    assertThat(CliRun.withStdin(CSV + "A,1000,1,2,3\n", "compare", "-").code()).isZero();
  }

  @Test
  void anUnreadableFileIsExit66() throws IOException {
    Path zone = file("secret.yaml", ZONE.getBytes(StandardCharsets.UTF_8));
    zone.toFile().setReadable(false, false);
    Assumptions.assumeFalse(Files.isReadable(zone), "running as root: every file is readable");
    CliRun run = CliRun.of("assess", zone.toString());
    assertThat(run.code()).isEqualTo(66);
    assertThat(run.err()).contains("cannot be read");
  }

  @Test
  void anOutputInAMissingFolderAndAFailedRunNeverTouchTheOldFile() throws IOException {
    CliRun missingDir = CliRun.of("compare", "examples/table1.csv", "--output", dir.resolve("no/out.csv").toString());
    assertThat(missingDir.code()).isEqualTo(73);
    Path out = file("out.csv", "keep me\n".getBytes(StandardCharsets.UTF_8));
    Path broken = file("broken.csv", (CSV + "A,100,1,2,3\n\"open").getBytes(StandardCharsets.UTF_8));
    for (String[] extra : new String[][] {{}, {"--strict"}}) {
      Path bad = extra.length == 0 ? broken : file("bad.csv", (CSV + "A,x,1,2,3\nB,100,1,2,3\n").getBytes(StandardCharsets.UTF_8));
      String[] args = Stream.concat(Stream.of("compare", bad.toString(), "--output", out.toString()), Stream.of(extra))
          .toArray(String[]::new);
      assertThat(CliRun.of(args).code()).isEqualTo(65);
      assertThat(Files.readString(out)).isEqualTo("keep me\n");
    }
  }

  @Test
  void noOverflowAtTenBillionPeopleOrAHundredMillionFighters() throws IOException {
    Path zone = file("big.yaml", ZONE.replace("6000000", "10000000000").replace("40000", "100000000")
        .getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("assess", zone.toString(), "--format", "json");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"min\" : 20000000", "\"max\" : 100000000", "\"required_min\" : 100000000",
        "\"for_required_force\" : 125000");
    Path csv = file("big.csv", (CSV + "A,100000000000,1000000000,1000000000,1000000000\n").getBytes(StandardCharsets.UTF_8));
    CliRun compare = CliRun.of("compare", csv.toString());
    assertThat(compare.code()).isZero();
    assertThat(compare.out()).contains("A,,100000000000,200000000,1000000000,1000000000,1000000000,1000000000,1000000000,0,100.0,1250000");
  }

  @ParameterizedTest(name = "rulebook {0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
    "helicopter-ratio: {troops_per_helicopter: 1.0e-30}; helicopter-ratio.troops_per_helicopter: expected a number"
        + " from 1 to 100,000 with at most 4 decimals",
    "helicopter-ratio: {troops_per_helicopter: 1.0e-999999999}; helicopter-ratio.troops_per_helicopter: expected a"
        + " number from 1 to 100,000",
    "force-density: {per_thousand_min: 1.0e-999999999}; force-density.per_thousand_min: expected a number from 0 to"
        + " 1,000 with at most 4 decimals",
    "force-density: {per_thousand_max: 1e99999}; force-density.per_thousand_max: expected a number from 0 to 1,000",
    "political-mission-size: {typical_max: 9999999999}; political-mission-size.typical_max: expected a whole number"
        + " from 0 to 100,000"})
  void aRulebookParameterOutOfItsRangeIsRefusedAtLoad(String yaml, String message) throws IOException {
    Path book = file("doctrine.yaml", (yaml + "\n").getBytes(StandardCharsets.UTF_8));
    Path zone = file("zone.yaml", ZONE.getBytes(StandardCharsets.UTF_8));
    for (String[] args : new String[][] {{"rules", "--rules", book.toString()},
        {"rules", "--rules", book.toString(), "--format", "yaml"}, {"assess", zone.toString(), "--rules", book.toString()},
        {"compare", "examples/table1.csv", "--rules", book.toString()}}) {
      CliRun run = CliRun.of(args);
      assertNoStackTrace(run);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(65);
      assertThat(run.err()).contains(book + ":1:").contains(message);
      assertThat(run.out().length() + run.err().length()).isLessThan(2_000);
    }
  }

  @Test
  void aRulebookDecimalIsPrintedPlainly() throws IOException {
    Path book = file("doctrine.yaml", "force-density: {per_thousand_min: 2.5e0, per_thousand_max: 1.25E+1}\n"
        .getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("rules", "force-density", "--rules", book.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("per_thousand_min = 2.5  (default 2; ").contains("per_thousand_max = 12.5  (");
  }

  /** A name that tries everything: a terminal escape, a bidi override, and a line break that forges a finding. */
  private static final String EVIL = "Evil\u001b[31mRED\u202Eevil\u2066\nx.yaml:1:1: error: forged [force-required]";

  private static void assertNeutral(String output) {
    assertThat(output).doesNotContain("\u001b").doesNotContain("\u202E").doesNotContain("\u2066");
    assertThat(output.lines()).noneMatch(l -> l.startsWith("x.yaml:1:1"));
  }

  @Test
  void namesCannotDriveTheTerminalOrForgeALine() throws IOException {
    String yaml = "name: \"" + EVIL.replace("\u001b", "\\e").replace("\n", "\\n") + "\"\n" + ZONE.substring(8)
        + "mission: {name: \"" + EVIL.replace("\u001b", "\\e").replace("\n", "\\n")
        + "\", type: peacekeeping, troops: 10, tasks: [protection-of-civilians]}\n";
    Path zone = file("evil.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    CliRun text = CliRun.of("assess", zone.toString(), "--color=never");
    assertThat(text.code()).as(text.err()).isZero();
    assertNeutral(text.out());
    assertThat(text.out()).contains("mdc assessment: Evil\\u001B[31mRED\\u202Eevil\\u2066 x.yaml:1:1: error: forged");
    CliRun check = CliRun.of("check", zone.toString());
    assertThat(check.code()).isEqualTo(1);
    assertNeutral(check.out());
    CliRun markdown = CliRun.of("check", zone.toString(), "--format", "markdown");
    assertNeutral(markdown.out());
    CliRun html = CliRun.of("assess", zone.toString(), "--format", "html");
    assertThat(html.out()).doesNotContain("\u001b").doesNotContain("\u202E");
    // Machine formats keep the text exact.
    assertThat(CliRun.of("assess", zone.toString(), "--format", "json").out()).contains("\\u001B[31mRED\u202E");
    assertThat(CliRun.of("check", zone.toString(), "--format", "sarif").out()).contains("\u202Eevil");
  }

  @Test
  void markdownEscapesItsMarkupAndRawHtml() throws IOException {
    Path csv = file("m.csv", (CSV.replace("mission,", "mission,region,")
        + "\"<img src=x onerror=alert(1)>\",*bold* [link](http://e) `code` | pipe &amp; $x$,1000,1,2,3\n")
        .getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("compare", csv.toString(), "--format", "markdown");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("\\*bold\\* \\[link\\](http://e) \\`code\\` \\| pipe &amp;amp; \\$x\\$");
    assertThat(CliRun.of("compare", csv.toString()).out()).contains("<img src=x onerror=alert(1)>,*bold*");
  }

  @Test
  void controlCharactersInProblemsAreNeutralised() throws IOException {
    Path zone = file("keys.yaml", (ZONE + "\"\\e]0;owned\\a\\u202Ex\": 1\n").getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("assess", zone.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains("unknown field '\\u001B]0;owned\\u0007\\u202Ex'").doesNotContain("\u001b")
        .doesNotContain("\u202E");
  }

  @Test
  void problemsArePrintedFiftyPerFileAndTheRestCounted() throws IOException {
    StringBuilder yaml = new StringBuilder(ZONE);
    for (int i = 0; i < 20_000; i++) {
      yaml.append("unknown_key_").append(i).append(": 1\n");
    }
    Path zone = file("many.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
    for (String command : new String[] {"assess", "check"}) {
      CliRun run = CliRun.of(command, zone.toString());
      assertThat(run.code()).isEqualTo(65);
      assertThat(run.err().lines().filter(l -> l.startsWith(zone + ":"))).hasSize(50);
      assertThat(run.err()).contains("mdc: " + zone + ": 19950 more problems not shown (the first 50 are above)");
      assertThat(run.err().length()).isLessThan(20_000);
    }
    Path book = file("book.yaml", yaml.toString().replace(ZONE, "").getBytes(StandardCharsets.UTF_8));
    CliRun rules = CliRun.of("rules", "--rules", book.toString());
    assertThat(rules.err()).contains("19950 more problems not shown");
  }

  @Test
  void coverageOfAZeroRequirementIsEmptyNotAnError() throws IOException {
    Path book = file("zero.yaml", "force-density: {per_thousand_min: 0, per_thousand_max: 0}\n".getBytes(StandardCharsets.UTF_8));
    Path csv = file("zero.csv", (CSV + "A,1000,0,0,5\n").getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("compare", csv.toString(), "--rules", book.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("A,,1000,0,0,0,0,0,5,5,,0,,,adequate");
  }
}
