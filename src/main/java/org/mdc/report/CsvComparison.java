package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import org.mdc.assessment.Comparison;

/** Compared missions as CSV (RFC 4180), the columns of {@link ComparisonColumns#ALL}. */
public final class CsvComparison implements ComparisonRenderer {

  private final Writer out;
  private final StringBuilder line = new StringBuilder(256);

  public CsvComparison(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() throws IOException {
    out.write(String.join(",", ComparisonColumns.ids()));
    out.write('\n');
  }

  @Override
  public void row(Comparison comparison) throws IOException {
    line.setLength(0);
    boolean first = true;
    for (ComparisonColumns.Column column : ComparisonColumns.ALL) {
      if (!first) {
        line.append(',');
      }
      first = false;
      Object value = column.value().apply(comparison);
      if (value instanceof String) {
        appendQuoted((String) value);
      } else if (value != null) {
        line.append(value);
      }
    }
    line.append('\n');
    out.append(line);
  }

  private void appendQuoted(String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(value);
      return;
    }
    line.append('"').append(value.replace("\"", "\"\"")).append('"');
  }
}
