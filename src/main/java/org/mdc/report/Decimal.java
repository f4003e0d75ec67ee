package org.mdc.report;

/** Writes whole numbers as decimal digits into a char array, for renderers of many rows. */
final class Decimal {

  private Decimal() {}

  /**
   * Writes {@code value} at {@code at} (room for 20 chars is needed) and returns the index after
   * its last digit. {@code Long.MIN_VALUE} is written too.
   */
  static int write(long value, char[] to, int at) {
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        String text = Long.toString(value);
        text.getChars(0, text.length(), to, at);
        return at + text.length();
      }
      to[at++] = '-';
      value = -value;
    }
    int end = at + digits(value);
    int i = end;
    while (value > Integer.MAX_VALUE) {
      long next = value / 10;
      to[--i] = (char) ('0' + (int) (value - next * 10));
      value = next;
    }
    int small = (int) value; // int division is the faster, and most figures fit
    do {
      int next = small / 10;
      to[--i] = (char) ('0' + small - next * 10);
      small = next;
    } while (small > 0);
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
