package org.mdc.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading an input gave: a value, or every problem found in one pass. Never both empty.
 */
public record Parsed<T>(Optional<T> value, List<InputProblem> problems) {

  public Parsed {
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
    if (value.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a value or problems, not both");
    }
  }

  public static <T> Parsed<T> of(T value) {
    return new Parsed<>(Optional.of(value), List.of());
  }

  public static <T> Parsed<T> failed(List<InputProblem> problems) {
    return new Parsed<>(Optional.empty(), problems);
  }

  public boolean ok() {
    return value.isPresent();
  }
}
