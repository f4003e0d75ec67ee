package org.mdc.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quote-free fast path must read exactly what Commons CSV reads: same rows, same values,
 * same line numbers, same rejections. Checked on seeded random text without quotes, built from
 * the pieces that trip CSV readers (CR, LF, CRLF, blank lines, spaces, tabs, extra commas,
 * non-ASCII letters, signs and digits).
 */
class QuoteFreePathPropertyTest {

  private static final List<String> HEADER =
      List.of("mission", "region", "population", "largest_force_min", "largest_force_max", "troops");
  private static final String[] PIECES = {
    "1", "2", "0", "9", "12000", "-", "x", "é", " ", "\t", ",", ",", ",", "\n", "\r\n", "\r", "\n\n", "M", "A b",
    "99999999999999999999", "40000,45000", "6000000", "\0"
  };

  private static List<String> events(boolean fast, String text) {
    return RowEvents.of(HEADER, text, fast);
  }

  @Test
  void fastPathReadsWhatCommonsCsvReads() {
    Random random = new Random(20140701);
    for (int run = 0; run < 3_000; run++) {
      StringBuilder text = new StringBuilder();
      int rows = 1 + random.nextInt(6);
      for (int r = 0; r < rows; r++) {
        if (random.nextInt(3) == 0) {
          for (int p = random.nextInt(12); p > 0; p--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
          }
        } else {
          Object[] fields = {"M" + r, "Région " + r, random.nextInt(10_000_000), random.nextInt(50_000),
            random.nextInt(90_000), random.nextInt(30_000)};
          for (int f = 0; f < fields.length; f++) {
            text.append(f == 0 ? "" : ",").append(pad(random)).append(fields[f]).append(pad(random));
          }
        }
        text.append(random.nextBoolean() ? "\n" : "\r\n");
      }
      String input = text.toString();
      assertThat(events(true, input)).as("input %s", input.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(events(false, input));
    }
  }

  /**
   * The values at the edges of what a whole number may be, and NUL inside a name, read alike by
   * both paths: the quote-free reader reads digits in one call per value (Row.digits) and falls
   * back to the char-by-char check only for what that call does not take, so a slip in either
   * would show here as a value taken that should be refused, or the reverse.
   */
  @Test
  void edgeValuesReadAlikeOnBothPaths() {
    String[] numbers = {"", " ", "0", "1", "007", " 12 ", "1 2", "-5", "+5", "5.0", "1e3", "12a", "999999999",
      "1000000000", "1000000001", "99999999999", "100000000000", "100000000001", "123456789012345678",
      "1234567890123456789", "99999999999999999999", "9223372036854775807", "9223372036854775808"};
    for (String n : numbers) {
      for (int column = 2; column < 6; column++) {
        String[] row = {"M", "R", "6000000", "100", "200", "300"};
        row[column] = n;
        String input = String.join(",", row) + "\n";
        assertThat(events(true, input)).as("input %s", input).isEqualTo(events(false, input));
      }
    }
    for (String name : new String[] {"M\0x", "\0M", "M\0", "M"}) {
      for (String region : new String[] {"R\0y", "\0R", "R", ""}) {
        String input = name + "," + region + ",6000000,100,200,300\n";
        assertThat(events(true, input)).as("input %s", input).isEqualTo(events(false, input));
      }
    }
    assertThat(events(true, "M,R\0y,6000000,100,200,300\n")).singleElement().asString().contains("NUL");
    assertThat(events(true, "M,R,6000000,100,200,\n")).singleElement().asString().contains("troops: missing");
  }

  /**
   * A header row without quotes is split by the quote-free reader: its names, trimmed as the
   * header check trims them, are those Commons CSV reads, and so is whether the line is blank.
   */
  @Test
  void headerRowsWithoutQuotesReadAsCommonsCsvReadsThem() throws Exception {
    String[] pieces = {"mission", "Population", " troops", "largest_force\t", ",", ",", " ", "\t", "région", "日本",
      "x", "", "\0"};
    Random random = new Random(1993);
    for (int run = 0; run < 3_000; run++) {
      StringBuilder line = new StringBuilder();
      for (int p = random.nextInt(8); p > 0; p--) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = line.append(random.nextBoolean() ? "\n" : random.nextBoolean() ? "\r\n" : "").toString();
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      List<String> fast = QuoteFreeRows.values(bytes, bytes.length);
      List<String> commons = QuotedRows.headerNames(text);
      assertThat(HeaderCheck.isBlank(fast)).as("blank: %s", text).isEqualTo(HeaderCheck.isBlank(commons));
      if (!HeaderCheck.isBlank(commons)) {
        assertThat(fast).as("names of %s", text).isEqualTo(commons.stream().map(String::trim).toList());
      }
    }
  }

  private static String pad(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return " ";
      case 1:
        return "\t";
      case 2:
        return "  \t ";
      default:
        return "";
    }
  }

  @Test
  void theSplitterCutsOnlyOutsideQuotes() throws Exception {
    String csv = "a,b\n\"x\ny\",1\n" + "c,2\n".repeat(10) + "\"p,\"\"q\"\"\nr\",3\n";
    var splitter = new BlockSplitter(
        new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 4, 1 << 20);
    StringBuilder joined = new StringBuilder();
    for (BlockSplitter.Block b = splitter.header(); b != null; b = splitter.next()) {
      String block = new String(b.bytes(), 0, b.length(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(block.chars().filter(c -> c == '"').count() % 2).as("quotes in %s", block).isZero();
      joined.append(block);
    }
    assertThat(joined.toString()).isEqualTo(csv);
  }
}
