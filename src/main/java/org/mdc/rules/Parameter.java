package org.mdc.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a rule uses that a rulebook may change.
 *
 * @param name the key in a rulebook, such as {@code per_thousand_min}
 * @param defaultValue the value the sources give
 * @param meaning what the number is, with its unit
 * @param whole true when only whole numbers make sense (a count of people or hours)
 * @param provenance where the default comes from: a seed passage, an outside reference or a
 *     derivation
 */
public record Parameter(String name, BigDecimal defaultValue, String meaning, boolean whole, Provenance provenance) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(provenance, "provenance");
    if (defaultValue.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }

  /** A ratio or rate, which may have a fraction. */
  public static Parameter of(String name, long defaultValue, String meaning, Provenance provenance) {
    return new Parameter(name, BigDecimal.valueOf(defaultValue), meaning, false, provenance);
  }

  /** A count, which must be a whole number. */
  public static Parameter count(String name, long defaultValue, String meaning, Provenance provenance) {
    return new Parameter(name, BigDecimal.valueOf(defaultValue), meaning, true, provenance);
  }
}
