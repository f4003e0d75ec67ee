package org.mdc.model;

/**
 * A whole-number range of people or machines, such as an estimate of an armed force
 * ("40,000 to 45,000") or a force requirement ("12,000 to 60,000"). A single figure is a
 * range whose ends are equal.
 */
public record Range(long min, long max) {

  public Range {
    if (min < 0) {
      throw new IllegalArgumentException("range minimum is negative: " + min);
    }
    if (min > max) {
      throw new IllegalArgumentException("range minimum " + min + " is above its maximum " + max);
    }
  }

  /** A range holding one figure. */
  public static Range of(long value) {
    return new Range(value, value);
  }

  public boolean isSingle() {
    return min == max;
  }
}
