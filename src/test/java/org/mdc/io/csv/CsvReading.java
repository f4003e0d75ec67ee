package org.mdc.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mdc.io.InputProblem;
import org.mdc.io.Location;
import org.mdc.io.Parsed;

/**
 * Two ways to read a whole mission list, for tests: through {@link MissionList} as {@code mdc
 * compare} reads it, block by block; and the reference, Commons CSV over the whole decoded text
 * with no splitting and no fast path, which the first must agree with.
 */
public final class CsvReading {

  private static final CSVFormat WHOLE_FILE =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

  private CsvReading() {}

  /**
   * Reads {@code bytes} as {@code mdc compare} does, in blocks of about {@code blockBytes}, one
   * after the other; returns the problems that stop the file.
   */
  public static List<InputProblem> blockwise(String file, byte[] bytes, int blockBytes, RowHandler handler)
      throws IOException {
    Parsed<MissionList> opened = MissionList.open(file, new ByteArrayInputStream(bytes), blockBytes);
    if (!opened.ok()) {
      return opened.problems();
    }
    MissionList list = opened.value().get();
    for (MissionList.Block block = list.next(); block != null; block = list.next()) {
      List<InputProblem> fatal = block.read(handler);
      if (!fatal.isEmpty()) {
        return fatal;
      }
    }
    return List.of();
  }

  /**
   * The reference: Commons CSV over the whole text, blank lines skipped, the first other record
   * the header, then every row through the same header check and row validator. Returns the
   * problems that stop the file.
   */
  public static List<InputProblem> reference(String file, String text, RowHandler handler) throws IOException {
    Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
    CSVParser parser = WHOLE_FILE.parse(reader);
    Iterator<CSVRecord> records = parser.iterator();
    CSVRecord header;
    try {
      do {
        if (!records.hasNext()) {
          return List.of(new InputProblem(file, Location.START, "", HeaderCheck.EMPTY));
        }
        header = records.next();
      } while (HeaderCheck.isBlank(header.toList()));
    } catch (UncheckedIOException | IllegalStateException e) {
      return List.of(new InputProblem(file, RowValidator.at(parser.getCurrentLineNumber()), "",
          "cannot read the header row: " + QuotedRows.message(e)));
    }
    long line = QuotedRows.startLine(header, parser.getCurrentLineNumber());
    Parsed<RowValidator> rows = HeaderCheck.check(file, line, header.toList());
    if (!rows.ok()) {
      return rows.problems();
    }
    return QuotedRows.read(parser, 0, rows.value().get(), handler);
  }
}
