package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.HostRole;
import org.mdc.model.Phase;
import org.mdc.model.Threat;
import org.mdc.model.Zone;

/**
 * {@code contradictory-inputs}: two inputs that cannot both be true, such as a host that is the
 * perpetrator while the threat comes from non-state actors. The decision table reads each field
 * on its own, so a contradiction would pass silently into the recommendation; it is a warning
 * that names both fields.
 */
// Source: the categories of 000 Claes (who threatens, what the host does) and 003 Gowan (phases).
public final class ContradictoryInputs implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "contradictory-inputs",
          "Inputs that contradict each other are named, both fields, before anything is read from them",
          new Source(Source.CLAES, "Summary (the host failing against non-state actors or neighbours, or itself"
              + " responsible); also 003, \"Preventive Tasks for Political Missions\" (the phases)"))
          .withSeverity(Severity.WARNING)
          .withExample("000 sets apart a host \"manifestly failing to protect its population from a threat posed by"
              + " non-state actors\" and one \"responsible for the atrocities\": a zone file cannot say both.",
              Provenance.seed(Source.CLAES, "Summary", "manifestly failing to protect its population from a threat"
                  + " posed by non-state actors inside its territory, or hostile actors operating from neighboring"
                  + " countries. The utility of these missions is limited when the host regime is responsible for the"
                  + " atrocities"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone z = situation.zone();
    if (z.hostRole() == HostRole.PERPETRATOR && (z.threat() == Threat.NON_STATE || z.threat() == Threat.NEIGHBOUR)) {
      out.accept(contradiction("host_role", "threat", "host_role: perpetrator says the regime commits the atrocities,"
          + " threat: " + z.threat().label() + " says the threat comes from " + (z.threat() == Threat.NON_STATE
              ? "non-state actors" : "a neighbour") + "; if both hold, write threat: mixed"));
    }
    if (z.hostRole() == HostRole.PROTECTOR && z.threat() == Threat.REGIME) {
      out.accept(contradiction("host_role", "threat", "host_role: protector says the regime protects the population,"
          + " threat: regime says the regime is the threat"));
    }
    if (z.phase() == Phase.LATENT_TENSION && z.atrocities() == AtrocityRisk.ONGOING) {
      out.accept(contradiction("phase", "atrocities", "phase: latent-tension says tension has not yet risen,"
          + " atrocities: ongoing says mass atrocities are under way"));
    }
  }

  private static Finding contradiction(String first, String second, String why) {
    return Finding.of(INFO.id(), Severity.WARNING, Topic.CONTEXT, first,
        first + " and " + second + " contradict each other: " + why + "; the recommendation reads each as written,"
            + " so correct the one that is wrong");
  }
}
