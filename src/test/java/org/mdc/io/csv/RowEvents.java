package org.mdc.io.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mdc.io.InputProblem;
import org.mdc.model.MissionEntry;

/** What reading a block of rows gives, as comparable lines: for tests of the two CSV paths. */
public final class RowEvents {

  private RowEvents() {}

  /**
   * Every entry, rejection and fatal problem of {@code text}, rows under a header of {@code
   * header} from line 2, read by the quote-free reader or by Commons CSV.
   */
  public static List<String> of(List<String> header, String text, boolean fast) {
    RowValidator rows = HeaderCheck.check("f.csv", 1, header).value().orElseThrow();
    List<String> events = new ArrayList<>();
    RowHandler handler = new RowHandler() {
      @Override
      public void entry(long line, MissionEntry entry) {
        events.add(line + " " + entry);
      }

      @Override
      public boolean rejected(InputProblem problem) {
        events.add(problem.describe());
        return true;
      }
    };
    // Both paths read the same UTF-8 bytes (a lone surrogate in the text becomes '?' in both).
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<InputProblem> fatal = fast
        ? QuoteFreeRows.read(bytes, bytes.length, 2, rows, handler)
        : QuotedRows.read(new String(bytes, StandardCharsets.UTF_8), 2, rows, handler);
    fatal.forEach(p -> events.add("fatal " + p.describe()));
    return events;
  }
}
