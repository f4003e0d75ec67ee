package org.mdc.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Whole-number arithmetic that rounds requirements up and never overflows silently. */
public final class Numbers {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private Numbers() {}

  /**
   * {@code n} with its thousands separated by commas, as the sources write figures: 6,000,000.
   * Written out by hand: java.util.Formatter costs milliseconds to start, on every run.
   */
  public static String grouped(long n) {
    String digits = Long.toString(n);
    int start = n < 0 ? 1 : 0;
    int length = digits.length() - start;
    if (length <= 3) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + length / 3);
    out.append(digits, 0, start);
    int first = length % 3 == 0 ? 3 : length % 3;
    out.append(digits, start, start + first);
    for (int i = start + first; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  /** A range as the reports write it: {@code 12,000 to 60,000}, or one figure when its ends are equal. */
  public static String grouped(org.mdc.model.Range r) {
    return r.isSingle() ? grouped(r.min()) : grouped(r.min()) + " to " + grouped(r.max());
  }

  /** {@code ceil(a / b)} for a non-negative {@code a} and a positive {@code b}. */
  public static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /**
   * {@code ceil(population * rate / 1000)}: a per-1,000 ratio applied to a population, rounded
   * up to whole people. Exact for any decimal rate.
   */
  public static long perThousand(long population, BigDecimal rate) {
    if (rate.stripTrailingZeros().scale() <= 0) {
      return perThousand(population, rate.longValueExact());
    }
    return BigDecimal.valueOf(population)
        .multiply(rate)
        .divide(THOUSAND, 0, RoundingMode.CEILING)
        .longValueExact();
  }

  /** {@code ceil(population * rate / 1000)} for a whole-number rate. */
  public static long perThousand(long population, long rate) {
    return ceilDiv(Math.multiplyExact(population, rate), 1000);
  }

  /** {@code ceil(count / per)}: how many units serve {@code count} at one per {@code per}. */
  public static long onePer(long count, BigDecimal per) {
    if (per.signum() == 0) {
      throw new ArithmeticException("a ratio of one per zero");
    }
    return BigDecimal.valueOf(count).divide(per, 0, RoundingMode.CEILING).longValueExact();
  }

  /** {@code 100 * part / whole}, rounded half up to a whole percent. */
  public static long roundedPercent(long part, long whole) {
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /**
   * {@code 100 * part / whole} in tenths of a percent, rounded half up: 596 means 59.6%. For a
   * non-negative {@code part} and a positive {@code whole}.
   */
  public static long percentTenths(long part, long whole) {
    long scaled = Math.multiplyExact(part, 1000L);
    return (scaled + whole / 2) / whole;
  }
}
