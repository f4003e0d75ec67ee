package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Answer;
import org.mdc.model.Phase;
import org.mdc.model.Zone;

/**
 * {@code phase-fit}: what a political mission does in each phase of emergent conflict. At the
 * Rubicon a small, flexible mediation team beats a large formal mission (Kenya 2008, staff in the
 * mid-thirties). Mediation is advised only where the parties' objectives may be reconcilable.
 */
// Source: 003 Gowan, "Addressing Latent Tension", "Confronting Rising Tension", "At the Rubicon",
// "Across the Rubicon?"; 000 Claes on mediation and reconcilable objectives.
public final class PhaseFit implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "phase-fit",
          "What a political mission should do in each phase of emergent conflict",
          new Source(Source.GOWAN, "\"Addressing Latent Tension\", \"Confronting Rising Tension\", \"At the Rubicon\","
              + " \"Across the Rubicon?\""))
          .withSeverity(Severity.INFO)
          .withExample("Kenya, 2008, at the Rubicon: Kofi Annan's mediation team, mandated by the African Union, reached"
              + " staff in the mid-thirties and came together fast because it skipped formal UN and AU procedures.",
              Provenance.seed(Source.GOWAN, "\"At the Rubicon\"", "the overall number of staff and experts involved is"
                  + " estimated to have reached the mid-thirties"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** The roles that fit {@code zone}'s phase, without mediation where objectives are irreconcilable; empty for an unknown phase. */
  public static String roles(Zone zone) {
    boolean noMediation = zone.objectivesReconcilable() == Answer.NO;
    switch (zone.phase()) {
      case LATENT_TENSION:
        return "advise on law, facilitate dialogue, reassure minorities, warn early";
      case RISING_TENSION:
        return noMediation
            ? "coordinate other envoys, give technical expertise, monitor and warn; mediation will not help while the"
                + " parties' objectives are irreconcilable"
            : "mediate, coordinate other envoys, give technical expertise";
      case PRE_RUBICON:
        return noMediation
            ? "monitor, report and keep channels open; a mediation team will not help while the parties' objectives"
                + " are irreconcilable"
            : "field a small, flexible mediation team rather than a large formal mission (Kenya 2008, staff in the"
                + " mid-thirties)";
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
        "in the " + phase.label() + " phase a political mission should " + roles(situation.zone())));
  }
}
