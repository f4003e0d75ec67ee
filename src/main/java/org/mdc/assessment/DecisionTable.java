package org.mdc.assessment;

import java.util.ArrayList;
import java.util.List;
import org.mdc.model.ExistingPresence;
import org.mdc.model.Zone;

/** Tries the rows of the brief's decision table in order; the first that matches fires. */
public final class DecisionTable {

  private DecisionTable() {}

  /** The recommendation for {@code zone}, with the trace of the rows tried. */
  public static Recommendation decide(Zone zone) {
    List<RowTest> trace = new ArrayList<>();
    for (DecisionRow row : DecisionRow.values()) {
      RowTest test = row.test(zone);
      trace.add(test);
      if (test.truth() == Truth.YES) {
        return new Recommendation(row, trace, row.complements(zone), notes(row, zone));
      }
    }
    throw new IllegalStateException("the last row of the decision table always matches");
  }

  private static List<Recommendation.Note> notes(DecisionRow row, Zone zone) {
    List<Recommendation.Note> notes = new ArrayList<>();
    if (row == DecisionRow.NO_CONSENT_OR_PERPETRATOR) {
      notes.add(new Recommendation.Note("host-perpetrator",
          "no consensual configuration suffices here; coercive Pillar III measures lie outside what mdc sizes"));
    }
    ExistingPresence presence = zone.existingPresence();
    if (presence != ExistingPresence.NONE && presence != ExistingPresence.UNKNOWN) {
      notes.add(new Recommendation.Note("existing-presence",
          "a " + presence.title() + " is already on the ground: reach this by adjusting and expanding its mandate and"
              + " capacity, with atrocity prevention written in (atrocity-mandate), rather than by launching a new mission"));
    }
    return notes;
  }
}
