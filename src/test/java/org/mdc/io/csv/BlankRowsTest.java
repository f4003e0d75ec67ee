package org.mdc.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdc.io.InputProblem;
import org.mdc.model.MissionEntry;

/**
 * A line of nothing but blanks between rows is skipped, as an empty line is and as such a line
 * before the header is: by the quote-free reader, by Commons CSV, and by the whole file read in
 * blocks, all alike.
 */
class BlankRowsTest {

  private static final List<String> HEADER = List.of("mission", "population", "largest_force", "troops");

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {" ", "\t", "  \t  ", "\u000B", "\f"})
  void aLineOfBlanksBetweenRowsIsSkippedByBothReaders(String blanks) {
    String text = "A,1000,5,10\n" + blanks + "\nB,1000,5,10\r\n" + blanks + "\r\n";
    List<String> fast = RowEvents.of(HEADER, text, true);
    assertThat(fast).isEqualTo(RowEvents.of(HEADER, text, false));
    assertThat(fast).hasSize(2).allMatch(e -> !e.contains("columns"));
    assertThat(fast.get(0)).startsWith("2 ");
    assertThat(fast.get(1)).startsWith("4 ");
  }

  @Test
  void aQuotedEmptyFieldAloneOnItsLineIsBlankToo() {
    // Commons CSV reads "" as a row of one empty value, which is what a line of blanks is.
    assertThat(RowEvents.of(HEADER, "A,1000,5,10\n\"\"\nB,1000,5,10\n", false)).hasSize(2)
        .allMatch(e -> !e.contains("columns"));
  }

  @Test
  void aRowOfEmptyValuesIsStillTooFewColumnsOrEmpty() {
    // Only a line with a single empty value is blank; a comma makes it a row.
    assertThat(RowEvents.of(HEADER, " , \n", true)).containsExactly("f.csv:2:1: too few columns: 2 of the header's 4");
    assertThat(RowEvents.of(HEADER, " , \n", false)).containsExactly("f.csv:2:1: too few columns: 2 of the header's 4");
  }

  @Test
  void theWholeFileInBlocksAgreesWithTheReference() throws Exception {
    String csv = "mission,population,largest_force,troops\n  \nA,1000,5,10\n\t\n\nB,1000,5,10\n \n";
    for (int blockBytes : new int[] {1, 7, 1 << 17}) {
      List<String> blockwise = new ArrayList<>();
      List<InputProblem> fatal =
          CsvReading.blockwise("f.csv", csv.getBytes(StandardCharsets.UTF_8), blockBytes, collect(blockwise));
      List<String> reference = new ArrayList<>();
      List<InputProblem> referenceFatal = CsvReading.reference("f.csv", csv, collect(reference));
      assertThat(fatal).isEmpty();
      assertThat(referenceFatal).isEmpty();
      assertThat(blockwise).containsExactly("3 A", "6 B").isEqualTo(reference);
    }
  }

  private static RowHandler collect(List<String> events) {
    return new RowHandler() {
      @Override
      public void entry(long line, MissionEntry entry) {
        events.add(line + " " + entry.mission());
      }

      @Override
      public boolean rejected(InputProblem problem) {
        events.add(problem.describe());
        return true;
      }
    };
  }
}
