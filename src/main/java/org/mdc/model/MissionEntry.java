package org.mdc.model;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One mission of a mission list (a row of {@code mdc compare}'s input): only the figures the
 * force-size rules need.
 *
 * @param mission the mission's name
 * @param region where it operates (may be empty)
 * @param population inhabitants of the crisis zone, a range when estimates differ
 * @param largestForce the largest armed force, a range when estimates differ
 * @param troops troops deployed
 * @param helicoptersDeployed helicopters deployed, when known
 * @param helicoptersAuthorized helicopters authorized, when known
 * @param hostConsent the host's consent, or unknown
 */
public record MissionEntry(
    String mission,
    String region,
    Range population,
    Range largestForce,
    long troops,
    OptionalLong helicoptersDeployed,
    OptionalLong helicoptersAuthorized,
    HostConsent hostConsent) {

  public MissionEntry {
    Objects.requireNonNull(mission, "mission");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(largestForce, "largestForce");
    Objects.requireNonNull(helicoptersDeployed, "helicoptersDeployed");
    Objects.requireNonNull(helicoptersAuthorized, "helicoptersAuthorized");
    Objects.requireNonNull(hostConsent, "hostConsent");
    if (population.min() <= 0) {
      throw new IllegalArgumentException("population must be above zero");
    }
    if (troops < 0) {
      throw new IllegalArgumentException("troops must not be negative");
    }
  }
}
