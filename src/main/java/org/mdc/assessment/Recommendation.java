package org.mdc.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mdc.model.Configuration;

/**
 * What the decision table recommends for a zone.
 *
 * @param row the row that fired
 * @param form what the primary is to be in this zone, in words (empty primary: what that means)
 * @param trace every row tried, up to and including the one that fired, with its reason
 * @param complements configurations, or political levers, recommended beside the primary
 * @param notes what the planner must also know (the regime is the perpetrator, an existing
 *     mission to build on, what would make a configuration credible)
 */
public record Recommendation(
    DecisionRow row, String form, List<RowTrial> trace, List<Complement> complements, List<Note> notes) {

  public Recommendation {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(form, "form");
    trace = List.copyOf(trace);
    complements = List.copyOf(complements);
    notes = List.copyOf(notes);
  }

  /** The primary configuration; empty when no configuration mdc sizes is credible. */
  public Optional<Configuration> primary() {
    return row.primary();
  }

  /** True when {@code configuration} is the primary. */
  public boolean isPrimary(Configuration configuration) {
    return primary().isPresent() && primary().get() == configuration;
  }

  /** The primary in a word: a configuration's label, or {@code none}. */
  public String primaryLabel() {
    return primary().isPresent() ? primary().get().label() : "none";
  }

  /** A remark attached to the recommendation, with the rule it comes from. */
  public record Note(String rule, String message) {
    public Note {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(message, "message");
    }
  }
}
