package org.mdc.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How a mission reports back and what reopens its mandate.
 *
 * @param cadenceDays days between regular reports, when stated
 * @param triggers events that reopen the mandate (reconfigure the mission) when they happen
 */
public record Reporting(OptionalLong cadenceDays, List<String> triggers) {

  public Reporting {
    Objects.requireNonNull(cadenceDays, "cadenceDays");
    triggers = List.copyOf(triggers);
  }
}
