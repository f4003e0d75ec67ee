package org.mdc.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;
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
      CSVFormat.RFC4180.builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setAllowMissingColumnNames(true)
          .get();

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
   * The reference: Commons CSV over the whole text, header first, then every row through the
   * same header check and row validator. Returns the problems that stop the file.
   */
  public static List<InputProblem> reference(String file, String text, RowHandler handler) throws IOException {
    Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
    CSVParser parser;
    try {
      parser = WHOLE_FILE.parse(reader);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      return List.of(new InputProblem(file, Location.START, "",
          "cannot read the header row: " + QuotedRows.message(e)));
    }
    Parsed<RowValidator> rows = HeaderCheck.check(file, 1, parser.getHeaderNames());
    if (!rows.ok()) {
      return rows.problems();
    }
    return QuotedRows.read(parser, 0, rows.value().get(), handler);
  }
}
