package org.mdc.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a rule uses that a rulebook may change.
 *
 * @param name the key in a rulebook, such as {@code per_thousand_min}
 * @param defaultValue the value the sources give
 * @param meaning what the number is, with its unit
 */
public record Parameter(String name, BigDecimal defaultValue, String meaning) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(meaning, "meaning");
    if (defaultValue.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }

  public static Parameter of(String name, long defaultValue, String meaning) {
    return new Parameter(name, BigDecimal.valueOf(defaultValue), meaning);
  }
}
