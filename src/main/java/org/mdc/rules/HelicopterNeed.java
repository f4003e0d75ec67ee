package org.mdc.rules;

import java.util.Objects;
import java.util.Optional;
import org.mdc.model.Range;

/**
 * Helicopters at the floor ratio ({@code helicopter-ratio}), each a range when the figures it is
 * drawn from are estimates (the low end from the low estimates).
 *
 * @param forRequiredForce for the minimum credible force: a figure, what a backing force would
 *     have to bring, never a second gap for a troop shortfall
 * @param forMission for the mission's own troops: its lift per soldier, when a mission with
 *     troops is described
 * @param available helicopters at hand (the mission's when it states them, else the zone's);
 *     empty when nobody counted them
 */
public record HelicopterNeed(Range forRequiredForce, Optional<Range> forMission, Optional<Range> available) {

  public HelicopterNeed {
    Objects.requireNonNull(forRequiredForce, "forRequiredForce");
    Objects.requireNonNull(forMission, "forMission");
    Objects.requireNonNull(available, "available");
  }
}
