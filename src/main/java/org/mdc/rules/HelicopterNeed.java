package org.mdc.rules;

import java.util.OptionalLong;

/**
 * Helicopters at the floor ratio ({@code helicopter-ratio}).
 *
 * @param forRequiredForce for the minimum credible force: a figure, what a backing force would
 *     have to bring, never a second gap for a troop shortfall
 * @param forMission for the mission's own troops: its lift per soldier, when a mission with
 *     troops is described
 * @param available helicopters at hand (the mission's when it states them, else the zone's);
 *     empty when nobody counted them
 */
public record HelicopterNeed(long forRequiredForce, OptionalLong forMission, OptionalLong available) {

  public HelicopterNeed {
    if (forRequiredForce < 0
        || forMission.isPresent() && forMission.getAsLong() < 0
        || available.isPresent() && available.getAsLong() < 0) {
      throw new IllegalArgumentException("negative helicopter count");
    }
  }
}
