package org.mdc.assessment;

import java.util.Objects;

/**
 * An input the planner left unknown, what the assessment took it to be, and how the answer
 * would change if it were known.
 *
 * @param field the zone file field
 * @param assumed what was taken in its place
 * @param effect how the recommendation would change with each possible value, or that it would not
 */
public record Assumption(String field, String assumed, String effect) {

  public Assumption {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(assumed, "assumed");
    Objects.requireNonNull(effect, "effect");
  }
}
