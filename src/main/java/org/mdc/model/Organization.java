package org.mdc.model;

import java.util.Objects;

/**
 * A candidate to mandate and run the mission, as the planner lists it.
 *
 * @param name what it is called, such as ECOWAS
 * @param kind UN, regional organization, ad hoc team or regional office
 * @param coversZone whether the zone lies within its remit (the OSCE's is its member states)
 * @param willing whether it is willing to act
 * @param capacity whether it has the means
 */
public record Organization(String name, OrganizationKind kind, Answer coversZone, Answer willing, Capacity capacity) {

  public Organization {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(coversZone, "coversZone");
    Objects.requireNonNull(willing, "willing");
    Objects.requireNonNull(capacity, "capacity");
  }
}
