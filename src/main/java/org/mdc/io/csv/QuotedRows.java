package org.mdc.io.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mdc.io.InputProblem;

/**
 * Reads rows that may hold quoted fields (commas, quotes and line breaks inside), with Commons
 * CSV: RFC 4180, blank lines (and lines of nothing but blanks) skipped, fields trimmed. Also
 * reads the header row's names. The text it is given is whole rows, cut by {@link BlockSplitter}.
 */
final class QuotedRows {

  /** The format of the rows after the header: RFC 4180, blank lines skipped, fields trimmed. */
  private static final CSVFormat ROWS = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

  /**
   * What is wrong when Commons CSV cannot read a record the splitter cut: the splitter stops at a
   * quote left open, and RFC 4180 has no escapes or comments, so all that is left to break a
   * record is text after a closing quote.
   */
  static final String AFTER_CLOSING_QUOTE = "text follows the closing quote of a quoted field (a quote inside"
      + " a quoted field is written twice: \"\")";

  private QuotedRows() {}

  /**
   * The header row's text (its first record), parsed into column names, for a file whose
   * byte-order mark is taken off (a second one is text). Throws, saying what is wrong, when
   * text follows a closing quote.
   */
  static List<String> headerNames(String headerText) throws IOException {
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(headerText))) {
      Iterator<CSVRecord> records = parser.iterator();
      return records.hasNext() ? records.next().toList() : List.of();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new IOException(AFTER_CLOSING_QUOTE, e);
    }
  }

  /**
   * Reads the rows of {@code text}, which starts at a row boundary on line {@code firstLine}.
   * Returns the problems that stop the file (a broken quote); empty when the text was read to
   * its end or the handler stopped it.
   */
  static List<InputProblem> read(String text, long firstLine, RowValidator rows, RowHandler handler) {
    try {
      return read(ROWS.parse(new StringReader(text)), firstLine - 1, rows, handler);
    } catch (IOException | UncheckedIOException e) {
      return List.of(rows.stop(firstLine, "the CSV cannot be read past here: " + message(e)));
    }
  }

  /** Reads the records {@code parser} has left, {@code linesBefore} lines into the file. */
  static List<InputProblem> read(CSVParser parser, long linesBefore, RowValidator rows, RowHandler handler) {
    Iterator<CSVRecord> records = parser.iterator();
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return List.of();
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) { // on the line the parser is at
        return List.of(rows.stop(linesBefore + parser.getCurrentLineNumber(),
            AFTER_CLOSING_QUOTE + ": the file cannot be read past here"));
      }
      RecordRow row = new RecordRow(record);
      if (row.blank()) {
        continue;
      }
      long line = linesBefore + startLine(record, parser.getCurrentLineNumber());
      try {
        handler.entry(line, rows.entry(row));
      } catch (RowValidator.BadRow bad) {
        if (!handler.rejected(rows.problem(line, bad))) {
          return List.of();
        }
      }
    }
  }

  /** The line a record starts on: the parser's count at its end, less the line breaks inside its fields. */
  static long startLine(CSVRecord record, long endLine) {
    long breaks = 0;
    for (int i = 0; i < record.size(); i++) {
      String value = record.get(i);
      for (int j = value.indexOf('\n'); j >= 0; j = value.indexOf('\n', j + 1)) {
        breaks++;
      }
    }
    return Math.max(1, endLine - breaks);
  }

  /** The first line of what Commons CSV says, shortened. */
  static String message(Exception e) {
    String m = String.valueOf(e.getMessage());
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null) {
      m = cause.getMessage();
    }
    String line = m.strip().split("\\R", 2)[0];
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** A Commons CSV record as a row. */
  private static final class RecordRow implements Row {
    private final CSVRecord record;

    RecordRow(CSVRecord record) {
      this.record = record;
    }

    @Override
    public int size() {
      return record.size();
    }

    @Override
    public int length(int column) {
      return record.get(column).length();
    }

    @Override
    public char charAt(int column, int index) {
      return record.get(column).charAt(index);
    }

    @Override
    public String get(int column) {
      return record.get(column);
    }
  }
}
