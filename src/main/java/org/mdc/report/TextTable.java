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

  TextTable row(String... cells) {
    rows.add(cells);
    return this;
  }

  void appendTo(StringBuilder out) {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
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
