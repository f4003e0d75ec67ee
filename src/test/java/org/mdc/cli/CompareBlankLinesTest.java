package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mdc compare: a line of blanks between rows is skipped as an empty line is, whichever reader reads it. */
class CompareBlankLinesTest {

  @TempDir Path dir;

  @Test
  void aLineOfBlanksBetweenRowsIsSkippedNotRejected() throws IOException {
    String rows = "mission,population,largest_force,troops\nA,1000,5,10\n   \nB,1000,5,10\n\t\r\nC,1000,5,x\n";
    // Quote-free (the fast path) and with a quoted field (Commons CSV) must say the same.
    for (String csv : new String[] {rows, rows.replace("A,", "\"A\",")}) {
      Path file = Files.writeString(dir.resolve("missions.csv"), csv, StandardCharsets.UTF_8);
      CliRun run = CliRun.of("compare", file.toString());
      assertThat(run.code()).as(csv).isEqualTo(65);
      assertThat(run.out().lines()).hasSize(3);
      assertThat(run.err()).doesNotContain("too few columns")
          .contains(file + ":6:1: troops: expected a whole number")
          .contains("3 rows read, 2 written, 1 rejected");
    }
  }
}
