package org.mdc.io;

/** A place in an input file: 1-based line and column. */
public record Location(int line, int column) {

  public static final Location START = new Location(1, 1);

  public Location {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("lines and columns start at 1");
    }
  }
}
