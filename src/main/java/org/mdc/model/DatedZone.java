package org.mdc.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A zone as it stood from a date on: one step of a zone file's timeline. The first step, the
 * base fields, may have no date.
 *
 * @param date the day from which these fields hold; empty for an undated base
 * @param zone the zone with every field resolved: the base overridden by each snapshot up to this one
 */
public record DatedZone(Optional<LocalDate> date, Zone zone) {

  public DatedZone {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
  }
}
