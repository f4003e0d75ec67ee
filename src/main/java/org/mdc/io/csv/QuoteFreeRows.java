package org.mdc.io.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mdc.io.InputProblem;
import org.mdc.io.Utf8;

/**
 * Reads the rows of a block that holds no quote character, straight from its bytes and without
 * a general CSV parser: with no quotes, RFC 4180 reduces to splitting lines (CR, LF or CRLF) at
 * commas. Gives exactly what {@link QuotedRows} gives for the same text (a property test and a
 * fuzz target hold the two equal), several times faster. Commas, line ends and the blanks that
 * are trimmed are single bytes in UTF-8, never part of a longer sequence, so they are found byte
 * by byte; a row with other bytes above 0x7F is checked to be UTF-8, and one that is not stops
 * the file.
 */
final class QuoteFreeRows {

  private QuoteFreeRows() {}

  /**
   * Reads the {@code length} bytes of {@code bytes}, whole rows from line {@code firstLine} on.
   * Returns the problems that stop the file (a row that is not UTF-8); empty when the block was
   * read to its end or the handler stopped it.
   */
  static List<InputProblem> read(byte[] bytes, int length, long firstLine, RowValidator rows, RowHandler handler) {
    long line = firstLine;
    int start = 0;
    ByteRow row = new ByteRow(bytes, rows.columns());
    while (start < length) {
      int end = row.split(start, length);
      if (end > start && !row.blank()) {
        if (!row.ascii && !Utf8.isValid(bytes, start, end - start)) {
          return List.of(rows.stop(line, "this row is not UTF-8 text"));
        }
        // The handler is called here, in the loop, not through a helper shared with the other
        // reader: measured, that helper made the JIT compile one much larger unit (+8% CPU, +4 MiB).
        try {
          handler.entry(line, rows.entry(row));
        } catch (RowValidator.BadRow bad) {
          if (!handler.rejected(rows.problem(line, bad))) {
            return List.of();
          }
        }
      }
      if (end < length) {
        line++;
        end += bytes[end] == '\r' && end + 1 < length && bytes[end + 1] == '\n' ? 2 : 1;
      }
      start = end;
    }
    return List.of();
  }

  /**
   * The values of the first line of {@code bytes}, which hold no quote and are UTF-8, trimmed as
   * {@link #read} trims them: for the header row.
   */
  static List<String> values(byte[] bytes, int length) {
    ByteRow row = new ByteRow(bytes, 16);
    row.split(0, length);
    List<String> values = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      values.add(row.get(i));
    }
    return values;
  }

  /**
   * One quote-free line of bytes split at commas, each value trimmed as Commons CSV trims
   * (String.trim: every char up to U+0020, which in UTF-8 are the bytes 0x00 to 0x20).
   */
  private static final class ByteRow implements Row {
    private final byte[] bytes;
    private int[] from;
    private int[] to;
    private int size;
    /** True when the row's bytes are all ASCII, so need no check that they are UTF-8. */
    boolean ascii;
    /** True when the row holds a NUL byte somewhere (in UTF-8, NUL is that byte alone). */
    private boolean nul;

    ByteRow(byte[] bytes, int columns) {
      this.bytes = bytes;
      this.from = new int[columns + 1];
      this.to = new int[columns + 1];
    }

    /** Splits the line that starts at {@code start}; returns where it ends (its CR or LF, or the limit). */
    int split(int start, int limit) {
      byte[] b = bytes;
      size = 0;
      int field = start;
      int high = 0;
      boolean zero = false;
      int i = start;
      while (true) {
        byte c = i < limit ? b[i] : (byte) '\n';
        if (c > ',') {
          i++; // digits and letters: the most bytes by far
          continue;
        }
        if (c == ',' || c == '\n' || c == '\r') {
          add(field, i);
          if (c != ',') {
            ascii = high >= 0;
            nul = zero;
            return Math.min(i, limit);
          }
          field = i + 1;
        }
        high |= c; // every byte above 0x7F is negative, so takes this way
        zero |= c == 0;
        i++;
      }
    }

    private void add(int start, int end) {
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
      }
      byte[] b = bytes;
      int a = start;
      int z = end;
      while (a < z && (b[a] & 0xFF) <= ' ') {
        a++;
      }
      while (z > a && (b[z - 1] & 0xFF) <= ' ') {
        z--;
      }
      from[size] = a;
      to[size] = z;
      size++;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public int length(int column) {
      return to[column] - from[column];
    }

    /** The byte as a char: right for ASCII, and never a digit for the bytes of longer sequences. */
    @Override
    public char charAt(int column, int index) {
      return (char) (bytes[from[column] + index] & 0xFF);
    }

    @Override
    public long digits(int column) {
      int at = from[column];
      int end = to[column];
      if (at == end || end - at > 18) {
        return -1;
      }
      byte[] b = bytes;
      long value = 0;
      for (; at < end; at++) {
        int digit = b[at] - '0';
        if (digit < 0 || digit > 9) {
          return -1;
        }
        value = value * 10 + digit;
      }
      return value;
    }

    @Override
    public boolean mayHoldNul() {
      return nul;
    }

    @Override
    public String get(int column) {
      // ASCII is the same in Latin-1, whose bytes a string takes as they are; UTF-8 is checked first.
      return new String(bytes, from[column], to[column] - from[column],
          ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }
  }
}
