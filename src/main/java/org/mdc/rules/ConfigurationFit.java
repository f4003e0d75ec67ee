package org.mdc.rules;

import java.util.List;
import java.util.Optional;
import org.mdc.model.Configuration;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;
import org.mdc.model.Zone;

/**
 * {@code configuration-fit}: the mission drafted (or described) is not the configuration the
 * decision table recommends. Its finding gives the row that fired as its reason. A mission that is
 * already on the ground is not a draft: it is information, and the existing-presence note says how
 * it serves the primary. The finding is made by the assessment, which knows the row; this class
 * holds the rule's identity and words.
 */
// Source: the decision table of the domain brief (000, 002, 003), as the README's table gives it.
public final class ConfigurationFit implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "configuration-fit",
          "The mission drafted is the configuration the decision table recommends",
          new Source(Source.CLAES, "Summary and Conclusions, read as the decision table (README, \"How the"
              + " recommendation follows\"); also 002 and 003"))
          .withSeverity(Severity.WARNING)
          .withExample("A consensual deployment drafted where the regime is the perpetrator: 000 finds the utility of"
              + " such missions limited when the host regime is responsible for the atrocities, so row 1 recommends a"
              + " force held outside the country instead.",
              Provenance.seed(Source.CLAES, "Summary", "The utility of these missions is limited when the host regime"
                  + " is responsible for the atrocities in the target area"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** The configuration a mission of {@code type} belongs to; a peacekeeping force is a force in the country. */
  public static Configuration configurationOf(MissionType type) {
    switch (type) {
      case POLITICAL_MISSION:
      case REGIONAL_OFFICE:
        return Configuration.POLITICAL_MISSION;
      case OVER_THE_HORIZON:
        return Configuration.OVER_THE_HORIZON;
      default:
        return Configuration.PREVENTIVE_DEPLOYMENT;
    }
  }

  /**
   * The finding for {@code zone}'s mission, if it does not fit the decision.
   *
   * @param primary the configuration chosen; empty when none is credible
   * @param row the id of the row that fired, with its situation in words
   * @param form what the primary is to be, in words
   * @param complements the configurations recommended beside it
   * @param regionalOffice true when the row wants the political mission based outside the country
   */
  public static Optional<Finding> finding(Zone zone, Optional<Configuration> primary, String row, String form,
      List<Configuration> complements, boolean regionalOffice) {
    if (zone.mission().isEmpty()) {
      return Optional.empty();
    }
    Mission m = zone.mission().get();
    Configuration drafted = configurationOf(m.type());
    String is = m.name() + " is a " + m.type().title();
    String because = "decision table row " + row;
    boolean onTheGround = zone.existingPresence().label().equals(m.type().label());
    Severity severity = onTheGround ? Severity.INFO : Severity.WARNING;
    String onGround = onTheGround ? "; it is already on the ground: see the existing-presence note for its part" : "";
    if (primary.isEmpty()) {
      return Optional.of(of(severity, is + ", but " + because + " finds no configuration mdc sizes credible here: "
          + form + onGround));
    }
    if (primary.get() == drafted) {
      if (regionalOffice && m.type() == MissionType.POLITICAL_MISSION) {
        return Optional.of(of(severity, is + " in the country, but " + because + " recommends " + form + onGround));
      }
      return Optional.empty();
    }
    if (complements.contains(drafted)) {
      return Optional.of(of(Severity.INFO, is + ": " + because + " recommends it as a complement, beside the primary: "
          + form));
    }
    return Optional.of(of(severity, is + ", but " + because + " recommends " + form + onGround));
  }

  private static Finding of(Severity severity, String message) {
    return Finding.of(INFO.id(), severity, Topic.MANDATE, "mission.type", message);
  }
}
