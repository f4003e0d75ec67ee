package org.mdc.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mdc.model.DatedZone;
import org.mdc.model.Zone;

/**
 * A zone read from a file, with where each of its fields is in that file; and, when the file has
 * {@code snapshots}, the zone as it stood at each of their dates.
 *
 * @param zone the base fields
 * @param date the date of the base fields, when the file gives one
 * @param snapshots each snapshot resolved over the base and the snapshots before it, in date order
 */
public record ZoneDocument(String file, Zone zone, SourceMap sourceMap, Optional<LocalDate> date,
    List<Snapshot> snapshots) {

  public ZoneDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(sourceMap, "sourceMap");
    Objects.requireNonNull(date, "date");
    snapshots = List.copyOf(snapshots);
  }

  /** A zone file without snapshots. */
  public ZoneDocument(String file, Zone zone, SourceMap sourceMap) {
    this(file, zone, sourceMap, Optional.empty(), List.of());
  }

  /**
   * One snapshot, resolved: the zone from {@code date} on, with where each field is (in the
   * snapshot when it overrides the field, else in the base).
   *
   * @param number the snapshot's place in the list, from 1
   */
  public record Snapshot(int number, LocalDate date, Zone zone, SourceMap sourceMap) {
    public Snapshot {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /** The path of this snapshot's date field, where findings about the date point. */
    public String dateField() {
      return ZoneReader.snapshotPath(number) + ".date";
    }
  }

  /** True when the file describes the zone at several dates. */
  public boolean hasSnapshots() {
    return !snapshots.isEmpty();
  }

  /** The base and each snapshot, in date order: what the timeline assesses. */
  public List<DatedZone> timeline() {
    List<DatedZone> states = new ArrayList<>();
    states.add(new DatedZone(date, zone));
    snapshots.forEach(s -> states.add(new DatedZone(Optional.of(s.date()), s.zone())));
    return states;
  }

  /** The zone as it stands at the latest date, with its places: the base when there are no snapshots. */
  public ZoneDocument latest() {
    if (snapshots.isEmpty()) {
      return this;
    }
    Snapshot last = snapshots.get(snapshots.size() - 1);
    return new ZoneDocument(file, last.zone(), last.sourceMap(), Optional.of(last.date()), List.of());
  }

  /** This document with {@code f} applied to the base and to every snapshot. */
  public ZoneDocument mapZones(java.util.function.UnaryOperator<Zone> f) {
    List<Snapshot> mapped = new ArrayList<>();
    snapshots.forEach(s -> mapped.add(new Snapshot(s.number(), s.date(), f.apply(s.zone()), s.sourceMap())));
    return new ZoneDocument(file, f.apply(zone), sourceMap, date, mapped);
  }
}
