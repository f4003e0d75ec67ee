package org.mdc.rules;

import java.util.Optional;
import java.util.function.Consumer;
import org.mdc.model.Configuration;
import org.mdc.model.ExistingPresence;

/**
 * {@code existing-presence}: a mission already on the ground is the best platform. What it is a
 * platform for depends on the primary: it is expanded into a deployment or a larger political
 * mission, it is the eyes and the tripwire monitor of a force held outside the country, and when
 * nothing mdc sizes is credible its staff protect by their presence and report.
 */
// Source: 000 Claes, Summary and Conclusions; 002 Bellamy & Lupel on withdrawing staff (Sri Lanka, CAR).
public final class ExistingPresenceRule implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "existing-presence",
          "A mission already on the ground is the best platform: build on it, in the way the primary needs",
          new Source(Source.CLAES, "Summary and Conclusions; also 002, \"Contending Priorities\", on withdrawing staff"))
          .withSeverity(Severity.INFO)
          .withExample("Macedonia, 2001: the OSCE mission on the ground since 1992 had only a limited part in brokering"
              + " the peace agreement, yet it went on to oversee the redeployment of police and to start training one"
              + " thousand more ethnic Albanian policemen.",
              Provenance.seed(Source.GOWAN, "\"Across the Rubicon?\"", "the OSCE mission's limited role in brokering the"
                  + " 2001 peace agreement did not prevent it from playing a substantial role in the agreement's"
                  + " implementation. This role included overseeing the redeployment of police officers and initiating"
                  + " the training of one thousand additional ethnic Albanian policemen"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** What the presence on the ground is for, given the primary chosen (empty: none is credible). */
  public static String advice(ExistingPresence presence, Optional<Configuration> primary) {
    String there = "a " + presence.title() + " is already on the ground: ";
    if (primary.isEmpty()) {
      return there + "keep its international staff in place, where they protect by presence and report what they"
          + " see; withdrawing them left civilians to their fate in Sri Lanka and CAR (002)";
    }
    if (primary.get() == Configuration.OVER_THE_HORIZON) {
      return there + "keep it as the eyes of the force held outside: it watches for the tripwires and reports when"
          + " one is crossed";
    }
    return there + "build the " + primary.get().title() + " on it, by adjusting and expanding its mandate and"
        + " capacity with atrocity prevention written in, rather than by launching a new mission";
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    ExistingPresence presence = situation.zone().existingPresence();
    if (presence == ExistingPresence.NONE || presence == ExistingPresence.UNKNOWN) {
      return;
    }
    out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.MANDATE, "existing_presence",
        advice(presence, situation.primary())));
  }
}
