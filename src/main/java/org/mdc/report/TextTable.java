package org.mdc.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Left-aligned plain-text columns, padded to the widest cell; the last column is not padded. */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final String indent;

  TextTable(String indent) {
    this.indent = indent;
  }

  /** Adds a row; its cells are neutralised ({@link Printable#text}), as they may hold names from the input. */
  TextTable row(String... cells) {
    String[] safe = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = Printable.text(cells[i]);
    }
    rows.add(safe);
    return this;
  }

  void appendTo(StringBuilder out) {
    int columns = 0;
    for (String[] row : rows) {
      columns = Math.max(columns, row.length);
    }
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.append(stripTrailing(line)).append('\n');
    }
  }

  private static String stripTrailing(StringBuilder s) {
    return s.toString().stripTrailing();
  }

  static String[] cells(String... cells) {
    return Arrays.copyOf(cells, cells.length);
  }
}
