package org.mdc.assessment;

import java.util.List;
import java.util.Objects;
import org.mdc.model.Configuration;

/**
 * What the decision table recommends for a zone.
 *
 * @param row the row that fired
 * @param trace every row tried, up to and including the one that fired, with its reason
 * @param complements configurations recommended beside the primary one
 * @param notes what the planner must also know (no consensual configuration suffices, an
 *     existing mission to build on)
 */
public record Recommendation(DecisionRow row, List<RowTest> trace, List<Complement> complements, List<Note> notes) {

  public Recommendation {
    Objects.requireNonNull(row, "row");
    trace = List.copyOf(trace);
    complements = List.copyOf(complements);
    notes = List.copyOf(notes);
  }

  public Configuration primary() {
    return row.primary();
  }

  /** A remark attached to the recommendation, with the rule it comes from. */
  public record Note(String rule, String message) {
    public Note {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(message, "message");
    }
  }
}
