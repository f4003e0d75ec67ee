package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import org.mdc.assessment.Comparison;

/**
 * Compared missions as CSV (RFC 4180), the columns of {@link ComparisonColumns#IDS}. Each row is
 * put together in a char array and written with one call, as this renderer writes millions.
 */
public final class CsvComparison implements ComparisonRenderer, ComparisonColumns.Cells {

  private final Writer out;
  private char[] line = new char[256];
  private int length;

  public CsvComparison(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() throws IOException {
    out.write(String.join(",", ComparisonColumns.IDS));
    out.write('\n');
  }

  @Override
  public void row(Comparison comparison) throws IOException {
    length = 0;
    ComparisonColumns.write(comparison, this);
    line[length - 1] = '\n'; // every cell ends with a comma; the last one ends the line instead
    out.write(line, 0, length);
  }

  @Override
  public void text(String value) {
    int n = value.length();
    room(n + 1);
    value.getChars(0, n, line, length);
    boolean quote = false;
    for (int i = length, end = length + n; i < end && !quote; i++) {
      char c = line[i];
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (quote) {
      String quoted = '"' + value.replace("\"", "\"\"") + '"';
      room(quoted.length() + 1);
      quoted.getChars(0, quoted.length(), line, length);
      n = quoted.length();
    }
    length += n;
    line[length++] = ',';
  }

  @Override
  public void count(long value) {
    room(21);
    length = Decimal.write(value, line, length);
    line[length++] = ',';
  }

  @Override
  public void tenths(long value) {
    room(23);
    if (value < 0) {
      line[length++] = '-';
      value = -value;
    }
    length = Decimal.write(value / 10, line, length);
    line[length++] = '.';
    line[length++] = (char) ('0' + value % 10);
    line[length++] = ',';
  }

  @Override
  public void none() {
    room(1);
    line[length++] = ',';
  }

  private void room(int more) {
    if (line.length - length < more) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + more));
    }
  }
}
