package org.mdc.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mdc.assessment.Comparison;

/**
 * Compared missions as CSV (RFC 4180) in UTF-8, the columns of {@link ComparisonColumns#IDS}.
 * Each row is put together as bytes and written with one call, as this renderer writes millions.
 */
public final class CsvComparison implements ComparisonRenderer, ComparisonColumns.Cells {

  private final OutputStream out;
  private byte[] line = new byte[256];
  private int length;

  public CsvComparison(OutputStream out) {
    this.out = out;
  }

  @Override
  public void begin() throws IOException {
    out.write((String.join(",", ComparisonColumns.IDS) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void row(Comparison comparison) throws IOException {
    length = 0;
    room(ROW_ROOM);
    ComparisonColumns.write(comparison, this);
    line[length - 1] = '\n'; // every cell ends with a comma; the last one ends the line instead
    out.write(line, 0, length);
  }

  @Override
  public void text(String value) {
    int n = value.length();
    room(n + 1 + ROW_ROOM);
    byte[] to = line; // a local: C1 would read the field again for every char
    int at = length;
    boolean plain = true;
    for (int i = 0; i < n && plain; i++) {
      char c = value.charAt(i);
      plain = c < 0x80 && c != ',' && c != '"' && c != '\n' && c != '\r';
      to[at++] = (byte) c;
    }
    if (plain) {
      length = at;
    } else {
      encoded(value);
    }
    line[length++] = ',';
  }

  /** A value with a char outside ASCII or one that needs quotes. */
  private void encoded(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0;
    byte[] bytes = (quote ? '"' + value.replace("\"", "\"\"") + '"' : value).getBytes(StandardCharsets.UTF_8);
    room(bytes.length + 1);
    System.arraycopy(bytes, 0, line, length, bytes.length);
    length += bytes.length;
  }

  @Override
  public void count(long value) {
    length = Decimal.write(value, line, length);
    line[length++] = ',';
  }

  @Override
  public void tenths(long value) {
    if (value < 0) {
      line[length++] = '-';
      value = -value;
    }
    length = Decimal.write(value / 10, line, length);
    line[length++] = '.';
    line[length++] = (byte) ('0' + value % 10);
    line[length++] = ',';
  }

  @Override
  public void none() {
    line[length++] = ',';
  }

  /**
   * Room for every cell of a row that is not text: 23 bytes each at most (a sign, 19 digits, a
   * point, a digit and a comma) for each cell of a row. A row makes room for that
   * much first and each text cell makes room for itself and that much again, so the figures need
   * not ask, each of a million rows.
   */
  private static final int ROW_ROOM = ComparisonColumns.IDS.size() * 23;

  private void room(int more) {
    if (line.length - length < more) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + more));
    }
  }
}
