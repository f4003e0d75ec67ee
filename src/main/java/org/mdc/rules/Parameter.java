package org.mdc.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a rule uses that a rulebook may change, with the range it may take: a rulebook value
 * outside it is refused when the rulebook is read, so no rule ever meets a ratio of one troop per
 * 10^-30 helicopters or a rate with a billion decimals.
 *
 * @param name the key in a rulebook, such as {@code per_thousand_min}
 * @param defaultValue the value the sources give
 * @param min the smallest value accepted
 * @param max the largest value accepted
 * @param meaning what the number is, with its unit
 * @param whole true when only whole numbers make sense (a count of people or hours)
 * @param provenance where the default comes from: a seed passage, an outside reference or a
 *     derivation
 */
public record Parameter(String name, BigDecimal defaultValue, BigDecimal min, BigDecimal max, String meaning,
    boolean whole, Provenance provenance) {

  /** The most decimal places a fractional parameter may have. */
  public static final int MAX_DECIMALS = 4;

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(provenance, "provenance");
    if (min.signum() < 0 || min.compareTo(max) > 0 || !accepts(defaultValue, min, max, whole)) {
      throw new IllegalArgumentException(name + ": the default must lie in a range from 0 up");
    }
  }

  /** A ratio or rate, which may have a fraction, from {@code min} to {@code max}. */
  public static Parameter of(String name, long defaultValue, long min, long max, String meaning,
      Provenance provenance) {
    return new Parameter(name, BigDecimal.valueOf(defaultValue), BigDecimal.valueOf(min), BigDecimal.valueOf(max),
        meaning, false, provenance);
  }

  /** A count, which must be a whole number, from {@code min} to {@code max}. */
  public static Parameter count(String name, long defaultValue, long min, long max, String meaning,
      Provenance provenance) {
    return new Parameter(name, BigDecimal.valueOf(defaultValue), BigDecimal.valueOf(min), BigDecimal.valueOf(max),
        meaning, true, provenance);
  }

  /** True when {@code value} is in range, and whole or with at most {@value #MAX_DECIMALS} decimals as it must. */
  public boolean accepts(BigDecimal value) {
    return accepts(value, min, max, whole);
  }

  private static boolean accepts(BigDecimal value, BigDecimal min, BigDecimal max, boolean whole) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      return false; // compared before the scale is looked at: 1e-999999999 is cheap to compare, not to print
    }
    int decimals = Math.max(0, value.stripTrailingZeros().scale());
    return whole ? decimals == 0 : decimals <= MAX_DECIMALS;
  }

  /** What the parameter accepts, in words: "a number from 1 to 100,000 with at most 4 decimals". */
  public String range() {
    return (whole ? "a whole number from " : "a number from ") + Numbers.grouped(min.longValue()) + " to "
        + Numbers.grouped(max.longValue()) + (whole ? "" : " with at most " + MAX_DECIMALS + " decimals");
  }

  /**
   * {@code value} written plainly, without an exponent or trailing zeros: {@code 2.5}, {@code 800}.
   * Bounded: an accepted value has at most ten digits before the point and {@value #MAX_DECIMALS}
   * after it, and anything else is rounded to that many decimals first.
   */
  public static String plain(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() > MAX_DECIMALS) {
      v = v.setScale(MAX_DECIMALS, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
    if (v.precision() - v.scale() > 20) {
      return v.toString(); // with an exponent: never for a value a rulebook may set
    }
    return v.toPlainString();
  }
}
