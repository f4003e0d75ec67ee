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
    int end = at + digits(value);
    int i = end;
    while (value > Integer.MAX_VALUE) {
      long next = value / 100;
      int pair = (int) (value - next * 100) * 2;
      to[--i] = PAIRS[pair + 1];
      to[--i] = PAIRS[pair];
      value = next;
    }
    int small = (int) value; // int division is the faster, and most figures fit
    while (small >= 10) {
      int next = small / 100;
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
