package org.mdc.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.mdc.model.Range;

/**
 * What an over-the-horizon force needs, shown when one is recommended ({@code tripwires}).
 *
 * @param tripwires the tripwires named so far (the mission's, when it is an over-the-horizon force)
 * @param staging where the force waits, when named
 * @param responseHours hours from tripwire to arrival, when stated
 * @param troopsToBring what it must be able to bring: the required force, at the low and the high
 *     estimate of the population
 * @param helicopters helicopters at hand for lift, a range when they are estimates; empty when nobody
 *     counted them
 */
public record OverTheHorizonPlan(
    List<String> tripwires,
    Optional<String> staging,
    OptionalLong responseHours,
    Range troopsToBring,
    Optional<Range> helicopters) {

  public OverTheHorizonPlan {
    tripwires = List.copyOf(tripwires);
    Objects.requireNonNull(staging, "staging");
    Objects.requireNonNull(responseHours, "responseHours");
    Objects.requireNonNull(helicopters, "helicopters");
  }
}
