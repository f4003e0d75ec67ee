package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import org.mdc.assessment.Comparison;

/** Compared missions as CSV (RFC 4180), the columns of {@link ComparisonColumns#ALL}. */
public final class CsvComparison implements ComparisonRenderer, ComparisonColumns.Cells {

  private final Writer out;
  private final StringBuilder line = new StringBuilder(256);
  private boolean firstCell;

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
    firstCell = true;
    for (ComparisonColumns.Column column : ComparisonColumns.ALL) {
      column.cell().accept(comparison, this);
    }
    line.append('\n');
    out.append(line);
  }

  private void separate() {
    if (!firstCell) {
      line.append(',');
    }
    firstCell = false;
  }

  @Override
  public void text(String value) {
    separate();
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (quote) {
      line.append('"').append(value.replace("\"", "\"\"")).append('"');
    } else {
      line.append(value);
    }
  }

  @Override
  public void count(long value) {
    separate();
    line.append(value);
  }

  @Override
  public void tenths(long value) {
    separate();
    if (value < 0) {
      line.append('-');
      value = -value;
    }
    line.append(value / 10).append('.').append(value % 10);
  }

  @Override
  public void none() {
    separate();
  }
}
