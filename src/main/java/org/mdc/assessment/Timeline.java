package org.mdc.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mdc.model.DatedZone;
import org.mdc.rules.Finding;
import org.mdc.rules.Reconfiguration;
import org.mdc.rules.Rulebook;

/**
 * A zone assessed at each date of its file: the base fields, then each snapshot. Between two
 * dates, rule {@code reconfiguration} flags a recommendation or a required force that changed
 * while the mission described did not. Renderers read it; they compute nothing.
 *
 * @param entries one per date, in date order; the last is the zone as it stands now
 */
public record Timeline(List<Entry> entries) {

  public Timeline {
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a timeline has at least one date");
    }
  }

  /**
   * One date of the timeline.
   *
   * @param date the day from which the zone stood so; empty for an undated base
   * @param assessment the zone assessed as it stood from that date
   * @param changes what rule reconfiguration says about the change from the date before (at most one finding)
   */
  public record Entry(Optional<LocalDate> date, Assessment assessment, List<Finding> changes) {
    public Entry {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(assessment, "assessment");
      changes = List.copyOf(changes);
    }

    /** The date in words: ISO 8601, or "base" for an undated base. */
    public String label() {
      return date.map(LocalDate::toString).orElse("base");
    }

    /** The gaps at this date, then what changed since the date before. */
    public List<Finding> gaps() {
      List<Finding> all = new ArrayList<>(assessment.gaps());
      all.addAll(changes);
      return all;
    }
  }

  /** Assesses each of {@code states} with {@code assessor} and compares each with the one before. */
  public static Timeline of(Assessor assessor, List<DatedZone> states) {
    Rulebook book = assessor.rules().rulebook();
    boolean on = !book.isDisabled(Reconfiguration.INFO.id());
    List<Entry> entries = new ArrayList<>();
    int missionSince = 0;
    for (int i = 0; i < states.size(); i++) {
      DatedZone state = states.get(i);
      Assessment now = assessor.assess(state.zone());
      List<Finding> changes = new ArrayList<>();
      if (i > 0) {
        Entry before = entries.get(i - 1);
        Assessment then = before.assessment();
        if (!then.zone().mission().equals(now.zone().mission())) {
          missionSince = i;
        }
        String since = states.get(missionSince).date().map(LocalDate::toString).orElse("the base fields");
        String label = state.date().map(LocalDate::toString).orElse("base");
        Optional<Finding> change = Reconfiguration.between(label, "snapshots[" + i + "].date", since,
            then.zone().mission(), now.zone().mission(), then.recommendation().form(), now.recommendation().form(),
            !then.recommendation().primary().equals(now.recommendation().primary()), then.force().requiredMin(),
            now.force().requiredMin());
        if (on && change.isPresent()) {
          Finding f = change.get();
          changes.add(book.severityOf(f.rule()).map(f::withSeverity).orElse(f));
        }
      }
      entries.add(new Entry(state.date(), now, changes));
    }
    return new Timeline(entries);
  }

  /** The zone as it stands at the latest date. */
  public Entry latest() {
    return entries.get(entries.size() - 1);
  }

  /** Every change rule reconfiguration flagged, in date order. */
  public List<Finding> reconfigurations() {
    List<Finding> all = new ArrayList<>();
    entries.forEach(e -> all.addAll(e.changes()));
    return all;
  }
}
