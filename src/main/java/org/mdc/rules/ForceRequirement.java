package org.mdc.rules;

import java.util.Objects;
import org.mdc.model.Range;

/**
 * What the two force-size rules of thumb ask of a protection force in one zone.
 *
 * @param density troops for the population at 2 to 10 per 1,000 ({@code force-density})
 * @param parity the largest armed force's strength ({@code force-parity})
 * @param requiredMin the larger of the two minimums ({@code force-required}), the minimum credible
 *     force: from the low end of every range
 * @param requiredHigh the same at the high estimate of the population (the largest force still at
 *     its low end); equal to {@code requiredMin} when the population is one figure
 */
public record ForceRequirement(Range density, Range parity, long requiredMin, long requiredHigh) {

  /** A requirement for a population given as one figure. */
  public ForceRequirement(Range density, Range parity, long requiredMin) {
    this(density, parity, requiredMin, requiredMin);
  }

  public ForceRequirement {
    Objects.requireNonNull(density, "density");
    Objects.requireNonNull(parity, "parity");
    if (requiredMin != Math.max(density.min(), parity.min())) {
      throw new IllegalArgumentException("requiredMin must be the larger minimum");
    }
    if (requiredHigh < requiredMin) {
      throw new IllegalArgumentException("the requirement at the high estimate is below the minimum");
    }
  }

  /** True when the density rule's minimum sets the requirement (parity's is lower). */
  public boolean densityGoverns() {
    return density.min() >= parity.min();
  }

  /** The minimum credible force at the low and at the high estimate of the population. */
  public Range required() {
    return new Range(requiredMin, requiredHigh);
  }
}
