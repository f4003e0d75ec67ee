package org.mdc.rules;

import java.util.Objects;
import org.mdc.model.Range;

/**
 * What the two force-size rules of thumb ask of a protection force in one zone.
 *
 * @param density troops for the population at 2 to 10 per 1,000 ({@code force-density})
 * @param parity the largest armed force's strength ({@code force-parity})
 * @param requiredMin the larger of the two minimums ({@code force-required})
 */
public record ForceRequirement(Range density, Range parity, long requiredMin) {

  public ForceRequirement {
    Objects.requireNonNull(density, "density");
    Objects.requireNonNull(parity, "parity");
    if (requiredMin != Math.max(density.min(), parity.min())) {
      throw new IllegalArgumentException("requiredMin must be the larger minimum");
    }
  }

  /** True when the density rule's minimum sets the requirement (parity's is lower). */
  public boolean densityGoverns() {
    return density.min() >= parity.min();
  }
}
