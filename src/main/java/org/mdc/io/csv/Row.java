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
