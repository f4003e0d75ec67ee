package org.mdc.report;

/** Writes whole numbers as ASCII digits into a byte array, for renderers of many rows. */
final class Decimal {

  /** The two digits of 0 to 99, tens then ones: one division by 100 writes two digits. */
  private static final byte[] PAIRS = new byte[200];

  static {
    for (int i = 0; i < 100; i++) {
      PAIRS[2 * i] = (byte) ('0' + i / 10);
      PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  private Decimal() {}

  /**
   * Writes {@code value} at {@code at} (room for 20 bytes is needed) and returns the index after
   * its last digit. {@code Long.MIN_VALUE} is written too.
   */
  static int write(long value, byte[] to, int at) {
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        String text = Long.toString(value);
        for (int i = 0; i < text.length(); i++) {
          to[at + i] = (byte) text.charAt(i);
        }
        return at + text.length();
      }
      to[at++] = '-';
      value = -value;
    }
    // Most figures fit an int, whose digits are counted by comparisons; a larger value first
    // loses pairs of digits by long division until what is left fits.
    int end = at + (value > Integer.MAX_VALUE ? digits(value) : digits((int) value));
    int i = end;
    while (value > Integer.MAX_VALUE) {
      long next = value / 100;
      int pair = (int) (value - next * 100) * 2;
      to[--i] = PAIRS[pair + 1];
      to[--i] = PAIRS[pair];
      value = next;
    }
    int small = (int) value;
    while (small >= 10) {
      // small / 100 as a multiply and a shift, exact for every int at or above 0 (the constant is
      // 2^37 / 100 rounded up): C1, which compiles short lists, would otherwise divide.
      int next = (int) ((small * 1374389535L) >>> 37);
      int pair = (small - next * 100) * 2;
      to[--i] = PAIRS[pair + 1];
      to[--i] = PAIRS[pair];
      small = next;
    }
    if (i > at) {
      to[--i] = (byte) ('0' + small);
    }
    return end;
  }

  /** How many digits a non-negative int has. */
  private static int digits(int value) {
    if (value < 100_000) {
      if (value < 100) {
        return value < 10 ? 1 : 2;
      }
      return value < 1_000 ? 3 : value < 10_000 ? 4 : 5;
    }
    if (value < 10_000_000) {
      return value < 1_000_000 ? 6 : 7;
    }
    return value < 100_000_000 ? 8 : value < 1_000_000_000 ? 9 : 10;
  }

  /** How many digits a non-negative value has. */
  private static int digits(long value) {
    long bound = 10;
    for (int digits = 1; digits < 19; digits++) {
      if (value < bound) {
        return digits;
      }
      bound *= 10;
    }
    return 19;
  }
}
