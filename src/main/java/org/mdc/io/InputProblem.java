package org.mdc.io;

import java.util.Objects;

/**
 * One thing wrong with an input file, with where it is and what was expected.
 *
 * @param file the file as the user named it ({@code -} for standard input)
 * @param location line and column
 * @param field the field at fault as a dotted path, or empty for the file as a whole
 * @param message what is wrong and what was expected
 */
public record InputProblem(String file, Location location, String field, String message) {

  public InputProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:column: field: message}, the form compilers use. */
  public String describe() {
    return file + ":" + location.line() + ":" + location.column() + ": "
        + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
