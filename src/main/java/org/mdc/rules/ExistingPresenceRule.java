package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.ExistingPresence;

/** {@code existing-presence}: a mission already on the ground is the best platform; expand it rather than start anew. */
// Source: 000 Claes, Summary and Conclusions.
public final class ExistingPresenceRule implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "existing-presence",
          "A mission already on the ground is the best platform: expand its mandate and capacity",
          new Source(Source.CLAES, "Summary and Conclusions"))
          .withSeverity(Severity.INFO)
          .withExample("Darfur 2014: a peacekeeping mission was already on the ground, so mdc advises expanding its mandate and capacity rather than starting anew.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    ExistingPresence presence = situation.zone().existingPresence();
    if (presence == ExistingPresence.NONE || presence == ExistingPresence.UNKNOWN) {
      return;
    }
    out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.MANDATE, "existing_presence",
        "a " + presence.title() + " is already on the ground: adjust and expand its mandate and capacity rather than launch a new mission"));
  }
}
