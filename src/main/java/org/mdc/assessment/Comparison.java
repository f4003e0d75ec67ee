package org.mdc.assessment;

import java.util.Objects;
import java.util.OptionalLong;
import org.mdc.model.MissionEntry;
import org.mdc.model.Range;

/**
 * One mission measured against the force-size rules: a row of {@code mdc compare}'s output.
 *
 * @param entry the mission as listed
 * @param density troops at 2 to 10 per 1,000 ({@code force-density})
 * @param parity the largest armed force ({@code force-parity})
 * @param requiredMin the larger minimum ({@code force-required})
 * @param troopGap troops minus the required minimum; negative is a shortfall
 * @param coverageTenths troops as a share of the required minimum, in tenths of a percent
 *     (596 is 59.6%); empty when the requirement is zero
 * @param helicoptersRequired helicopters for the required force ({@code helicopter-ratio})
 * @param helicopterGap helicopters deployed minus required, when deployed is known
 * @param verdict which minimums the mission meets
 */
public record Comparison(
    MissionEntry entry,
    Range density,
    Range parity,
    long requiredMin,
    long troopGap,
    OptionalLong coverageTenths,
    long helicoptersRequired,
    OptionalLong helicopterGap,
    Verdict verdict) {

  public Comparison {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(density, "density");
    Objects.requireNonNull(parity, "parity");
    Objects.requireNonNull(coverageTenths, "coverageTenths");
    Objects.requireNonNull(helicopterGap, "helicopterGap");
    Objects.requireNonNull(verdict, "verdict");
  }

  public boolean isShort() {
    return verdict != Verdict.ADEQUATE;
  }

  /** Which of the two minimums a mission meets. */
  public enum Verdict implements org.mdc.model.Choice {
    ADEQUATE,
    SHORT_OF_PARITY,
    SHORT_OF_DENSITY,
    SHORT_OF_BOTH;

    static Verdict of(boolean meetsDensity, boolean meetsParity) {
      if (meetsDensity) {
        return meetsParity ? ADEQUATE : SHORT_OF_PARITY;
      }
      return meetsParity ? SHORT_OF_DENSITY : SHORT_OF_BOTH;
    }
  }
}
