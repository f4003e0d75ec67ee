package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Phase;

/**
 * {@code phase-fit}: what a political mission does in each phase of emergent conflict. At the
 * Rubicon a small, flexible mediation team beats a large formal mission (Kenya 2008, about 35
 * people).
 */
// Source: 003 Gowan, "Political missions and the phases of conflict".
public final class PhaseFit implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "phase-fit",
          "What a political mission should do in each phase of emergent conflict",
          new Source(Source.GOWAN, "sections \"Latent tension\", \"Rising tension\", \"At the Rubicon\", \"Across the Rubicon?\""))
          .withSeverity(Severity.INFO)
          .withExample("Kenya 2008, at the Rubicon: a mediation team in the mid-thirties under Kofi Annan rather than a formal mission (003).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** The roles that fit {@code phase}; empty for an unknown phase. */
  public static String roles(Phase phase) {
    switch (phase) {
      case LATENT_TENSION:
        return "advise on law, facilitate dialogue, reassure minorities, warn early";
      case RISING_TENSION:
        return "mediate, coordinate other envoys, give technical expertise";
      case PRE_RUBICON:
        return "field a small, flexible mediation team rather than a large formal mission (Kenya 2008, about 35 people)";
      case POST_RUBICON:
        return "mitigate violence and keep channels of communication open";
      default:
        return "";
    }
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Phase phase = situation.zone().phase();
    if (phase == Phase.UNKNOWN) {
      return;
    }
    out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.CONTEXT, "phase",
        "in the " + phase.label() + " phase a political mission should " + roles(phase)));
  }
}
