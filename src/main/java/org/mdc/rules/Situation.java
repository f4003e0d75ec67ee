package org.mdc.rules;

import java.util.Objects;
import java.util.Optional;
import org.mdc.model.Configuration;
import org.mdc.model.Zone;

/**
 * A zone together with the figures computed for it, which the rules read. Rules judge the
 * configurations before the decision table has chosen; they report their gaps after, so that
 * advice can fit the primary that was chosen.
 *
 * @param zone the crisis zone as described
 * @param force troops the force-size rules require
 * @param helicopters helicopters the required force and the mission need, and those at hand
 * @param decided true once the decision table has chosen
 * @param primary the configuration chosen; empty before the choice, or when none is credible
 */
public record Situation(
    Zone zone, ForceRequirement force, HelicopterNeed helicopters, boolean decided, Optional<Configuration> primary) {

  public Situation {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(force, "force");
    Objects.requireNonNull(helicopters, "helicopters");
    Objects.requireNonNull(primary, "primary");
    if (!decided && primary.isPresent()) {
      throw new IllegalArgumentException("a primary before the decision");
    }
  }

  /** The situation before the decision table has chosen. */
  public Situation(Zone zone, ForceRequirement force, HelicopterNeed helicopters) {
    this(zone, force, helicopters, false, Optional.empty());
  }

  /** This situation once the decision table has chosen {@code chosen} (empty: nothing credible). */
  public Situation decided(Optional<Configuration> chosen) {
    return new Situation(zone, force, helicopters, true, chosen);
  }

  /** True when the decision table chose {@code configuration}. */
  public boolean primaryIs(Configuration configuration) {
    return primary.isPresent() && primary.get() == configuration;
  }
}
