package org.mdc.io;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mdc.model.MissionEntry;

/** What reading a block of rows gives, as comparable lines: for tests of the two CSV paths. */
public final class RowEvents {

  private RowEvents() {}

  /** Every entry, rejection and fatal problem of {@code text}, read by the fast path or by Commons CSV. */
  public static List<String> of(MissionRows rows, String text, boolean fast) {
    List<String> events = new ArrayList<>();
    MissionRows.Handler handler = new MissionRows.Handler() {
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
        ? rows.readQuoteFreeBlock(bytes, bytes.length, 2, handler)
        : rows.readBlock(new StringReader(new String(bytes, StandardCharsets.UTF_8)), 2, handler);
    fatal.forEach(p -> events.add("fatal " + p.describe()));
    return events;
  }
}
