package org.mdc.model;

import java.util.Objects;

/**
 * The largest armed force in the crisis zone, whose size the protection force must at least
 * match ({@code force-parity}).
 *
 * @param name what the force is called, or empty when not given
 * @param kind state army, non-state group or foreign force
 * @param strength estimated number of fighters, a range when sources disagree
 */
public record ArmedForce(String name, ForceKind kind, Range strength) {

  public ArmedForce {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(strength, "strength");
  }

  /** A force known only by its size. */
  public static ArmedForce ofStrength(Range strength) {
    return new ArmedForce("", ForceKind.UNKNOWN, strength);
  }
}
