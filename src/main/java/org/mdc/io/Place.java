package org.mdc.io;

import java.util.Objects;

/** A place in a named input file. */
public record Place(String file, Location location) {

  public Place {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(location, "location");
  }

  public int line() {
    return location.line();
  }

  public int column() {
    return location.column();
  }
}
