package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** mdc compare: Table 1 reproduced, bad rows reported by line, output written safely. */
class CompareCommandTest {

  private static final String HEADER = "mission,region,population,largest_force_min,largest_force_max,troops\n";

  @TempDir Path dir;

  private Path csv(String content) throws IOException {
    Path file = dir.resolve("missions.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"markdown, table1.md", "csv, table1.csv", "json, table1.jsonl", "html, table1.html"})
  void table1MatchesItsGoldenFile(String format, String golden) throws IOException {
    CliRun run = CliRun.of("compare", "examples/table1.csv", "--format", format);
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/compare", golden)));
    assertThat(run.err()).contains("3 rows read, 3 written, 0 rejected, 3 short");
  }

  @Test
  void aPopulationRangeGivesADensityFromItsLowEndToItsHighEnd() throws IOException {
    Path file = csv("mission,population,population_min,population_max,largest_force,troops\n"
        + "Vanni,,70000,330000,500,600\n"
        + "Darfur,6000000,,,40000,15362\n");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "mission,region,population,density_min,density_max,parity_min,parity_max,required_min,troops,troop_gap,"
            + "coverage_pct,helicopters_required,helicopters_deployed,helicopter_gap,verdict",
        "Vanni,,70000-330000,140,3300,500,500,500,600,100,120.0,1,,,adequate",
        "Darfur,,6000000,12000,60000,40000,40000,40000,15362,-24638,38.4,50,,,short-of-parity");
    assertThat(CliRun.of("compare", file.toString(), "--format", "markdown").out())
        .contains("|  | 70,000–330,000 | Vanni | 140–3,300 | 500 | 500 |");
    assertThat(CliRun.of("compare", file.toString(), "--format", "json").out().lines().findFirst().orElseThrow())
        .contains("\"population\":{\"min\":70000,\"max\":330000},\"density_min\":140,\"density_max\":3300");
  }

  @Test
  void everyTableNamesTheDensityRateOfTheRulebookInForce() throws IOException {
    Path rules = dir.resolve("doctrine.yaml");
    Files.writeString(rules, "force-density: {per_thousand_min: 20, per_thousand_max: 25}\n");
    for (String format : new String[] {"markdown", "html"}) {
      CliRun run = CliRun.of("compare", "examples/table1.csv", "--format", format, "--rules", rules.toString());
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).as(format).contains("Density (20\u201325 per 1,000)").contains("120,000\u2013150,000")
          .doesNotContain("2\u201310 per 1,000");
    }
  }

  @Test
  void markdownReproducesEveryFigureOfTable1() {
    String out = CliRun.of("compare", "examples/table1.csv", "--format", "markdown").out();
    // 002, Table 1 (July 2014): region, population, mission, method 1, method 2, actual.
    assertThat(out).contains("| Darfur, Sudan | 6,000,000 | UNAMID | 12,000–60,000 | 40,000–45,000 |")
        .contains("| 15,362 |")
        .contains("| South Sudan | 8,000,000 | UNMISS | 16,000–80,000 | 40,000 |")
        .contains("| 11,389 |")
        .contains("| Mali | 6,000,000 | MINUSMA | 12,000–60,000 | 15,000–30,000 |")
        .contains("| 9,139 |");
  }

  @Test
  void badRowsAreReportedByLineAndGoodRowsStillWritten() throws IOException {
    Path file = csv(HEADER
        + "A,r,1000000,100,200,5000\n"
        + "B,r,,100,200,5000\n"
        + "C,r,lots,100,200,5000\n"
        + "D,r,1000000,100,200,-5\n"
        + "E,r,99999999999999999999999,100,200,5\n"
        + "F,r,1000000,300,200,5\n"
        + "G,r,1000000\n"
        + "\n"
        + "\"H, the last\",r,1000000,100,200,7\n");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out().lines()).hasSize(3).element(2).asString().startsWith("\"H, the last\",");
    assertThat(run.err().lines()).containsSubsequence(
        file + ":3:1: population: missing",
        file + ":4:1: population: expected a whole number from 1 to 100000000000, found 'lots'",
        file + ":5:1: troops: expected a whole number from 0 to 1000000000, found a negative number",
        file + ":6:1: population: expected a whole number from 1 to 100000000000, found 99999999999999999999999 (beyond the range of a 64-bit integer)",
        file + ":7:1: largest_force_min: largest_force_min (300) is above largest_force_max (200)",
        file + ":8:1: too few columns: 3 of the header's 6",
        "mdc compare: 8 rows read, 2 written, 6 rejected, 1 short of the rules of thumb");
  }

  @Test
  void aRowThatIsNotUtf8StopsTheRunAtItsLine() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, (HEADER + "A,r,1000000,100,200,5000\nB,R\u00e9gion,1000000,100,200,5000\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains(file + ":3:1: this row is not UTF-8 text");
  }

  @Test
  void utf8TextOutsideAsciiIsReadAndWrittenAsItIs() throws IOException {
    Path file = csv(HEADER + "Mission \u00e9t\u00e9 \ud83d\ude00,R\u00e9gion \u2013 Nord,1000000,100,200,5000\n");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().skip(1)).singleElement().asString()
        .startsWith("Mission \u00e9t\u00e9 \ud83d\ude00,R\u00e9gion \u2013 Nord,1000000,2000,");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"csv, 1", "json, 0", "markdown, 2"})
  void sortedOutputOfManyRowsIsCompleteAndInOrder(String format, int headerLines) throws IOException {
    StringBuilder input = new StringBuilder(HEADER);
    for (int i = 2_999; i >= 0; i--) {
      input.append(String.format("M%04d,r,1000000,100,200,%d%n", i, i));
    }
    CliRun run = CliRun.of("compare", csv(input.toString()).toString(), "--sort", "mission", "--format", format);
    assertThat(run.code()).isZero();
    List<String> rows = run.out().lines().skip(headerLines).collect(java.util.stream.Collectors.toList());
    assertThat(rows).hasSize(3_000);
    assertThat(rows.get(0)).contains("M0000");
    assertThat(rows.get(2_999)).contains("M2999");
  }

  @Test
  void valuesThatNeedQuotesAreQuotedWhateverTheirLetters() throws IOException {
    Path file = csv(HEADER + "\"R\u00e9gion \"\"Nord\"\", est\",\"Caf\u00e9, 2\",1000000,100,200,5000\n");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().skip(1)).singleElement().asString()
        .startsWith("\"R\u00e9gion \"\"Nord\"\", est\",\"Caf\u00e9, 2\",1000000,");
  }

  @Test
  void theLargestLongIsOnlyTooLargeAndOneMoreOverflows() throws IOException {
    Path file = csv(HEADER + "A,r,9223372036854775807,100,200,5\nB,r,9223372036854775808,100,200,5\n"
        + "C,r,0009223372036854775807,100,200,5\n");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.err().lines()).containsSubsequence(
        file + ":2:1: population: expected a whole number from 1 to 100000000000, found 9223372036854775807",
        file + ":3:1: population: expected a whole number from 1 to 100000000000, found 9223372036854775808"
            + " (beyond the range of a 64-bit integer)",
        file + ":4:1: population: expected a whole number from 1 to 100000000000, found 0009223372036854775807");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsACharacterAndHidesNoRows() throws IOException {
    Path file = csv("mission,region,population,largest_force_min,largest_force_max,troops,note\"s\n"
        + "A,r,1000000,100,200,5000,x\nB 5\" gun,r,1000000,100,200,5000,y\nC,r,1000000,100,200,5000,z\n");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(",r,"))))
        .containsExactly("A", "\"B 5\"\" gun\"", "C");
  }

  @Test
  void aHeaderWithAQuoteLeftOpenIsReportedAtLineOne() throws IOException {
    Path file = csv("mission,population,\"troops,largest_force\nA,1000000,5000,100\n");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains(file + ":1:1: cannot read the header row: ").doesNotContain("Exception");
  }

  @Test
  void blankLinesBeforeTheHeaderAreSkippedAndCounted() throws IOException {
    Path file = csv("\n\r\n \t\n" + HEADER + "A,r,1000000,100,200,5000\nB,r,x,100,200,5000\n");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out().lines()).hasSize(2).element(1).asString().startsWith("A,r,1000000,");
    assertThat(run.err()).contains(file + ":6:1: population: expected a whole number")
        .contains("2 rows read, 1 written, 1 rejected");
    CliRun typo = CliRun.of("compare", csv("\n\nmission,populaton,largest_force,troops\nA,1,1,1\n").toString());
    assertThat(typo.code()).isEqualTo(65);
    assertThat(typo.err()).contains(":3:1: population: the required column 'population' (or population_min with population_max) is missing");
  }

  @Test
  void aQuoteLeftOpenIsReportedWhereItOpensAndTheRowsBeforeItAreWritten() throws IOException {
    String row = "r,1000000,100,200,5000\n";
    Path file = csv(HEADER + "A," + row + "\"B," + row + "C," + row + "D," + row + "E," + row);
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out().lines()).hasSize(2).element(1).asString().startsWith("A,r,");
    assertThat(run.err()).contains(file + ":3:1: a quote opens a field on this line and is never closed")
        .doesNotContain("EOF").doesNotContain("encapsulated").doesNotContain(":7:1");
    CliRun header = CliRun.of("compare", csv("\n\nmission,\"population,troops,largest_force\nA,1,1,1\n").toString());
    assertThat(header.code()).isEqualTo(65);
    assertThat(header.err())
        .contains(":3:1: cannot read the header row: a quote opens a field on this line and is never closed");
  }

  @Test
  void aRowEndedByALoneCarriageReturnAtTheEndOfAReadIsNotLostBeforeAnOpenQuote() throws IOException {
    String header = "mission,population,troops,largest_force\r";
    String tail = ",1000000,500,3000\r";
    int read = org.mdc.io.csv.MissionList.BLOCK_BYTES; // the input is read this many bytes at a time
    String row = "A".repeat(read - header.length() - tail.length()) + tail; // its CR is the last byte of a read
    Path file = csv(header + row + "\"C,1,1,1\r");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out().lines()).hasSize(2).element(1).asString().startsWith("AAAA").endsWith("short-of-both");
    assertThat(run.err()).contains(file + ":3:1: a quote opens a field on this line and is never closed");
  }

  @Test
  void textAfterAClosingQuoteIsReportedAtItsLineInPlainWords() throws IOException {
    String row = "r,1000000,100,200,5000\n";
    Path file = csv(HEADER + "A," + row + "\"B\nb\"," + row + "\"C\" 3\"," + row + "D," + row);
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out().lines()).hasSize(4).element(2).asString().startsWith("\"B");
    assertThat(run.err()).contains(file + ":5:1: text follows the closing quote of a quoted field")
        .doesNotContain("encapsulated").doesNotContain(":6:1");
    CliRun header = CliRun.of("compare", csv("\nmission,\"population\" x,troops,largest_force\nA,1,1,1\n").toString());
    assertThat(header.code()).isEqualTo(65);
    assertThat(header.err()).contains(":2:1: cannot read the header row: text follows the closing quote of a quoted"
        + " field (a quote inside a quoted field is written twice: \"\")\n").doesNotContain("encapsulated");
  }

  @Test
  void aLongListWithLoneCarriageReturnsIsReadInBlocksWithTheRightLines() throws IOException {
    StringBuilder input = new StringBuilder(HEADER.replace("\n", "\r"));
    for (int i = 0; i < 20_000; i++) { // about 1 MB: several blocks
      input.append(i == 19_000 ? "bad,r,x,100,200,5\r" : "M" + i + ",r,1000000,100,200,5000\r");
    }
    CliRun run = CliRun.of("compare", csv(input.toString()).toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out().lines()).hasSize(20_000);
    assertThat(run.err()).contains(":19002:1: population").contains("20000 rows read, 19999 written, 1 rejected");
  }

  @Test
  void strictStopsAtTheFirstBadRow() throws IOException {
    Path file = csv(HEADER + "A,r,1000000,100,200,5000\nB,r,x,1,1,1\nC,r,1000000,100,200,5000\n");
    CliRun run = CliRun.of("compare", file.toString(), "--strict");
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains(":3:1: population").contains("stopped").doesNotContain("rows read");
  }

  @Test
  void aMissingRequiredColumnStopsAtOnceNamingIt() throws IOException {
    Path file = csv("mission,populaton,largest_force,troops\nA,1,1,1\n");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("the required column 'population' (or population_min with population_max) is missing; is 'populaton' meant to be 'population'?");
  }

  @Test
  void duplicateColumnsAreRefused() throws IOException {
    Path file = csv("mission,population,Population,largest_force,troops\nA,1,1,1,1\n");
    assertThat(CliRun.of("compare", file.toString()).err()).contains("the column 'population' appears twice");
  }

  @Test
  void bomCrlfQuotedLineBreaksAndAnyColumnOrderAreFine() throws IOException {
    Path file = csv("\uFEFFTroops,Largest_Force,POPULATION,Mission\r\n15362,40000,6000000,\"UNAMID\r\n(Darfur)\"\r\n\r\n5,1,1000,X\r\n");
    CliRun run = CliRun.of("compare", file.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"UNAMID\r\n(Darfur)\",,6000000,12000,60000,40000,40000,40000,15362,-24638,38.4");
  }

  @Test
  void readsStandardInputAndFiltersAndSorts() {
    String input = HEADER + "A,r,1000000,100,200,5000\nB,r,1000000,100,200,1000\nC,r,1000000,100,200,10\n";
    CliRun run = CliRun.withStdin(input, "compare", "-", "--only-short", "--sort", "troop_gap");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().skip(1).map(l -> l.split(",")[0])).containsExactly("C", "B");
  }

  @Test
  void outputIsWrittenAsideAndAFailedRunLeavesTheOldFileAlone() throws IOException {
    Path out = dir.resolve("result.csv");
    Files.writeString(out, "precious\n");
    Path bad = csv("mission,troops\nA,1\n");
    assertThat(CliRun.of("compare", bad.toString(), "--output", out.toString()).code()).isEqualTo(65);
    assertThat(Files.readString(out)).isEqualTo("precious\n");
    assertThat(CliRun.of("compare", "examples/table1.csv", "--output", out.toString()).code()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(4);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void outputKeepsTheModeOfTheFileItReplacesAndANewFileGetsTheUsualMode() throws IOException {
    Path out = dir.resolve("result.csv");
    Files.writeString(out, "old\n");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(CliRun.of("compare", "examples/table1.csv", "--output", out.toString()).code()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(4);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
    Path fresh = dir.resolve("fresh.csv");
    Path usual = Files.createFile(dir.resolve("usual"));
    assertThat(CliRun.of("compare", "examples/table1.csv", "--output", fresh.toString()).code()).isZero();
    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(usual));
  }

  @Test
  void anOutputFileItsOwnerMadeReadOnlyIsNotReplaced() throws IOException {
    Path out = dir.resolve("protected.csv");
    Files.writeString(out, "keep\n");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(out), "running as root: every file is writable");
    CliRun run = CliRun.of("compare", "examples/table1.csv", "--output", out.toString());
    assertThat(run.code()).isEqualTo(73);
    assertThat(run.err()).contains("cannot be written (permission denied)");
    assertThat(Files.readString(out)).isEqualTo("keep\n");
  }

  @Test
  void outputThroughALinkWritesItsTargetAndKeepsTheLink() throws IOException {
    Path target = dir.resolve("target.csv");
    Files.writeString(target, "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target.getFileName());
    assertThat(CliRun.of("compare", "examples/table1.csv", "--output", link.toString()).code()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(target)).hasSize(4);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("made.csv"));
    assertThat(CliRun.of("compare", "examples/table1.csv", "--output", dangling.toString()).code()).isZero();
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(Files.readAllLines(dir.resolve("made.csv"))).hasSize(4);
  }

  @Test
  void outputOntoAFifoWritesIntoItAndLeavesItAFifo() throws Exception {
    Path fifo = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    CliRun run = CliRun.of("compare", "examples/table1.csv", "--output", fifo.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS).lines()).hasSize(4);
    assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.isDirectory(fifo)).isFalse();
  }

  @Test
  void outputNamingTheInputIsRefusedAndTheInputKept() throws IOException {
    Path list = csv(HEADER + "A,r,1000000,100,200,5000\n");
    String before = Files.readString(list);
    for (String name : new String[] {list.toString(), dir.resolve(".").resolve("missions.csv").toString(),
        Files.createSymbolicLink(dir.resolve("alias.csv"), list).toString()}) {
      CliRun run = CliRun.of("compare", list.toString(), "--output", name);
      assertThat(run.code()).as(name).isEqualTo(2);
      assertThat(run.err()).contains("is the input file");
      assertThat(Files.readString(list)).isEqualTo(before);
    }
  }

  @Test
  void outputDashAndDevStdoutAreStandardOutput() {
    for (String name : new String[] {"-", "/dev/stdout"}) {
      CliRun run = CliRun.of("compare", "examples/table1.csv", "--output", name);
      assertThat(run.code()).isZero();
      assertThat(run.out().lines()).as(name).hasSize(4);
    }
    assertThat(Path.of("-")).doesNotExist();
    assertThat(CliRun.of("compare", "examples/table1.csv", "--output", "").code()).isEqualTo(2);
  }

  @Test
  void outputWhereNoFileCanBeMadeSaysSo() {
    CliRun run = CliRun.of("compare", "examples/table1.csv", "--output", "/proc/x");
    assertThat(run.code()).isEqualTo(73);
    assertThat(run.err()).contains("/proc/x: cannot be written (no file can be created in /proc)")
        .doesNotContain("does not exist");
  }

  @Test
  void anOutputInAMissingFolderIsExit73() {
    CliRun run = CliRun.of("compare", "examples/table1.csv", "--output", dir.resolve("no/such/out.csv").toString());
    assertThat(run.code()).isEqualTo(73);
    assertThat(run.err()).contains("the folder does not exist");
  }

  @Test
  void aHeaderOnlyFileWritesAHeaderAndSaysSo() throws IOException {
    CliRun run = CliRun.of("compare", csv(HEADER).toString());
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err()).contains("0 rows read");
  }

  @Test
  void anEmptyFileOrAnOpenQuoteIsReported() throws IOException {
    assertThat(CliRun.of("compare", csv("").toString()).code()).isEqualTo(65);
    CliRun open = CliRun.of("compare", csv(HEADER + "A,r,1000000,100,200,5000\n\"B,r,1\n").toString());
    assertThat(open.code()).isEqualTo(65);
    assertThat(open.err()).contains("cannot be read past here");
  }

  @Test
  void columnsAreTheContract() {
    assertThat(org.mdc.report.ComparisonColumns.ids()).isEqualTo(List.of("mission", "region", "population",
        "density_min", "density_max", "parity_min", "parity_max", "required_min", "troops", "troop_gap",
        "coverage_pct", "helicopters_required", "helicopters_deployed", "helicopter_gap", "verdict"));
  }
}
