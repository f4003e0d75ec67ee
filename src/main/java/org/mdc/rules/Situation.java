package org.mdc.rules;

import java.util.Objects;
import org.mdc.model.Zone;

/**
 * A zone together with the figures computed for it, which the rules that judge missions read.
 *
 * @param zone the crisis zone as described
 * @param force troops the force-size rules require
 * @param helicopters helicopters the required force needs, and those at hand
 */
public record Situation(Zone zone, ForceRequirement force, HelicopterNeed helicopters) {

  public Situation {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(force, "force");
    Objects.requireNonNull(helicopters, "helicopters");
  }
}
