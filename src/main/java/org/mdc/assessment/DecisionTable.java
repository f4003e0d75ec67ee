package org.mdc.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.mdc.model.Answer;
import org.mdc.model.Configuration;
import org.mdc.model.HostConsent;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.Zone;
import org.mdc.rules.ExistingPresenceRule;
import org.mdc.rules.Judgment;

/**
 * Tries the rows of the decision table in order. The first row whose situation matches and whose
 * configuration is feasible names the primary; a matching row whose configuration is not feasible
 * falls through, and the trace says why. The primary is never a configuration ruled out.
 */
public final class DecisionTable {

  private DecisionTable() {}

  /** The recommendation for {@code zone}, with the trace of the rows tried. */
  public static Recommendation decide(Zone zone, Feasibility feasibility) {
    List<RowTrial> trace = new ArrayList<>();
    List<DecisionRow> fellThrough = new ArrayList<>();
    for (DecisionRow row : DecisionRow.values()) {
      if (row.parent().isPresent() && !fellThrough.contains(row.parent().get())) {
        continue; // a fall-through row is tried only after its parent matched and fell through
      }
      RowTrial trial = row.test(zone);
      if (trial.truth() != Truth.YES) {
        trace.add(trial);
        continue;
      }
      Optional<String> ruledOut = row.primary().isPresent()
          ? ruledOut(row.primary().get(), zone, feasibility)
          : Optional.empty();
      if (ruledOut.isPresent()) {
        trace.add(trial.fellThrough(ruledOut.get()));
        fellThrough.add(row);
        continue;
      }
      trace.add(trial);
      return new Recommendation(row, row.form(zone), trace, feasibleComplements(row, zone, feasibility),
          notes(row, zone, feasibility));
    }
    throw new IllegalStateException("the last row of the decision table always chooses");
  }

  /** Why {@code configuration} cannot be the primary in {@code zone}; empty when it can. */
  private static Optional<String> ruledOut(Configuration configuration, Zone zone, Feasibility feasibility) {
    List<Judgment> judgments = feasibility.judge(configuration, zone);
    Judgment.Effect heaviest = Feasibility.heaviest(judgments);
    if (!heaviest.rulesOut()) {
      return Optional.empty();
    }
    String verdict = heaviest == Judgment.Effect.NOT_CREDIBLE ? "not credible" : "unsuitable";
    StringJoiner reasons = new StringJoiner("; ");
    for (Judgment j : judgments) {
      if (j.effect() == heaviest) {
        reasons.add(j.message() + " [" + j.rule() + "]");
      }
    }
    return Optional.of(configuration.title() + " is " + verdict + ": " + reasons);
  }

  // Loops, not streams, here and in Feasibility.heaviest: the sensitivity search runs the table
  // a hundred times in a short command, mostly before the JIT has compiled it, where a stream
  // pipeline costs several times a loop.
  private static List<Complement> feasibleComplements(DecisionRow row, Zone zone, Feasibility feasibility) {
    List<Complement> feasible = new ArrayList<>();
    for (Complement c : row.complements(zone)) {
      if (c.configuration().isEmpty() || ruledOut(c.configuration().get(), zone, feasibility).isEmpty()) {
        feasible.add(c);
      }
    }
    return feasible;
  }

  private static List<Recommendation.Note> notes(DecisionRow row, Zone zone, Feasibility feasibility) {
    List<Recommendation.Note> notes = new ArrayList<>();
    boolean rowOne = row == DecisionRow.NO_CONSENT_OR_PERPETRATOR || row.parent().isPresent()
        && row.parent().get() == DecisionRow.NO_CONSENT_OR_PERPETRATOR;
    if (rowOne && zone.regimeIsPerpetrator()) {
      notes.add(new Recommendation.Note("host-perpetrator",
          "the regime is the perpetrator: no consensual configuration suffices; coercive Pillar III measures lie"
              + " outside what mdc sizes"));
    } else if (rowOne) {
      notes.add(new Recommendation.Note("host-consent",
          "the host refuses consent: no consensual configuration can deploy inside the country"));
    }
    if (row == DecisionRow.REGIONAL_OFFICE_OUTSIDE && zone.regimeIsPerpetrator()
        && zone.hostConsent() != HostConsent.NONE) {
      notes.add(new Recommendation.Note("buying-time",
          "a regime that is the perpetrator may engage with mediation to deflect criticism or buy time: judge it by"
              + " what it does"));
    }
    if (row.primary().isEmpty()) {
      notes.addAll(whatWouldMakeOneCredible(zone, feasibility));
    }
    if (zone.existingPresence().isPresence()) {
      notes.add(new Recommendation.Note("existing-presence", ExistingPresenceRule.advice(zone, row.primary())));
    }
    return notes;
  }

  /**
   * For row 1c: the changes of input that would make a configuration credible, each found by
   * trying the table again with that one input changed, so that the note cannot promise what the
   * table would not give.
   */
  private static List<Recommendation.Note> whatWouldMakeOneCredible(Zone zone, Feasibility feasibility) {
    List<Recommendation.Note> notes = new ArrayList<>();
    if (zone.militaryBacking() != MilitaryBacking.COMMITTED) {
      Recommendation backed = decide(zone.withMilitaryBacking(MilitaryBacking.COMMITTED), feasibility);
      if (backed.primary().isPresent()) {
        notes.add(new Recommendation.Note("deterrence-credibility",
            "committed military backing would make " + backed.form() + " credible (row " + backed.row().id() + ")"));
      }
    }
    if (zone.objectivesReconcilable() != Answer.YES) {
      Recommendation open = decide(zone.withObjectivesReconcilable(Answer.YES), feasibility);
      String when = zone.objectivesReconcilable() == Answer.NO ? "became reconcilable" : "are known to be reconcilable";
      if (open.primary().isPresent()) {
        notes.add(new Recommendation.Note("reconcilable-objectives",
            "if the parties' objectives " + when + ": " + open.form() + " (row " + open.row().id() + ")"));
      }
    }
    return notes;
  }
}
