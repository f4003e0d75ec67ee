package org.mdc.io.csv;

/**
 * The values of one row, from whichever reader split it, already trimmed; numbers are read a
 * char at a time, in place, without making a string of them.
 */
interface Row {
  int size();

  /** The length of a value, in chars (Commons CSV) or bytes (the quote-free reader). */
  int length(int column);

  /** A char of a value; on the quote-free reader, a byte of it, which is the same for ASCII. */
  char charAt(int column, int index);

  String get(int column);

  /**
   * A value of digits alone read as a whole number, in one call per value where {@link #charAt}
   * is one per char; or -1 when it is empty, holds anything but the digits 0 to 9, or has more
   * than 18 of them (and so might not fit in a long), and then the caller looks at it char by
   * char to say what is wrong with it. By default always -1: a reader whose values are strings
   * already (Commons CSV) gains nothing from it, and the caller's check reads the same number.
   */
  default long digits(int column) {
    return -1;
  }

  /** False when the row certainly holds no NUL char, so that its values need no search for one. */
  default boolean mayHoldNul() {
    return true;
  }

  default boolean isEmpty(int column) {
    return length(column) == 0;
  }

  /**
   * True for a row of one empty value: a line of nothing but blanks (spaces, tabs, which are
   * trimmed), or a lone {@code ""}. It is skipped as an empty line is, and as such a line before
   * the header is ({@link HeaderCheck#isBlank}); no header has a single column, so no row is lost.
   */
  default boolean blank() {
    return size() == 1 && isEmpty(0);
  }
}
