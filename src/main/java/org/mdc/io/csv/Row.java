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
}
