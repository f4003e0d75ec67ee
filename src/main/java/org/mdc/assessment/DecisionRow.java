package org.mdc.assessment;

import java.util.List;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.Configuration;
import org.mdc.model.HostConsent;
import org.mdc.model.HostRole;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.Phase;
import org.mdc.model.Threat;
import org.mdc.model.Zone;

/**
 * The rows of the brief's decision table ("How the recommendation follows"), tried in order; the
 * first that matches names the primary configuration.
 */
// Source: the domain brief's reading of 000 Claes and 003 Gowan, "How the recommendation follows".
public enum DecisionRow {
  NO_CONSENT_OR_PERPETRATOR(
      1,
      "no consent, or the regime is the perpetrator",
      Configuration.OVER_THE_HORIZON,
      "an over-the-horizon force with tripwires",
      "host-consent") {
    @Override
    RowTest test(Zone z) {
      if (z.hostConsent() == HostConsent.NONE) {
        return yes("the host does not consent");
      }
      if (z.hostRole() == HostRole.PERPETRATOR) {
        return yes("the regime is the perpetrator (host_role)");
      }
      if (z.threat() == Threat.REGIME) {
        return yes("the threat comes from the regime (threat)");
      }
      if (z.hostRole() == HostRole.UNKNOWN && (z.threat() == Threat.UNKNOWN || z.threat() == Threat.MIXED)) {
        return unknown("the host consents (" + z.hostConsent().label() + "), but whether the regime is the perpetrator is"
            + " unknown (host_role: unknown, threat: " + z.threat().label() + ")");
      }
      return no("the host consents (" + z.hostConsent().label() + ") and the regime is not the perpetrator");
    }
  },
  AT_THE_RUBICON(
      2,
      "at the Rubicon (pre-rubicon)",
      Configuration.POLITICAL_MISSION,
      "a small, flexible mediation team",
      "phase-fit") {
    @Override
    RowTest test(Zone z) {
      if (z.phase() == Phase.UNKNOWN) {
        return unknown("the phase is unknown");
      }
      return z.phase() == Phase.PRE_RUBICON ? yes("the parties are at the Rubicon") : no("the phase is " + z.phase().label());
    }
  },
  PRESSING_THREAT_FROM_OTHERS(
      3,
      "threat from non-state actors or neighbours, atrocities imminent or ongoing",
      Configuration.PREVENTIVE_DEPLOYMENT,
      "a preventive deployment sized by force-required",
      "force-required") {
    @Override
    RowTest test(Zone z) {
      Truth fromOthers = z.threat() == Threat.UNKNOWN
          ? Truth.UNKNOWN
          : Truth.of(z.threat() == Threat.NON_STATE || z.threat() == Threat.NEIGHBOUR || z.threat() == Threat.MIXED);
      Truth pressing = z.atrocities() == AtrocityRisk.UNKNOWN ? Truth.UNKNOWN : Truth.of(z.atrocities().isPressing());
      return new RowTest(3, fromOthers.and(pressing),
          "threat: " + z.threat().label() + ", atrocities: " + z.atrocities().label());
    }
  },
  REMOTE_THREAT_FROM_NEIGHBOURS(
      4,
      "threat from neighbours, risk remote, backing committed",
      Configuration.PREVENTIVE_DEPLOYMENT,
      "a preventive deployment as a deterrent presence (as UNPREDEP in Macedonia)",
      "deterrence-credibility") {
    @Override
    RowTest test(Zone z) {
      Truth neighbours = z.threat() == Threat.UNKNOWN ? Truth.UNKNOWN : Truth.of(z.threat() == Threat.NEIGHBOUR);
      Truth remote = z.atrocities() == AtrocityRisk.UNKNOWN ? Truth.UNKNOWN : Truth.of(z.atrocities() == AtrocityRisk.REMOTE);
      Truth backed = z.militaryBacking() == MilitaryBacking.UNKNOWN
          ? Truth.UNKNOWN
          : Truth.of(z.militaryBacking() == MilitaryBacking.COMMITTED);
      return new RowTest(4, neighbours.and(remote).and(backed), "threat: " + z.threat().label() + ", atrocities: "
          + z.atrocities().label() + ", military backing: " + z.militaryBacking().label());
    }
  },
  RISING_TENSION(
      5,
      "rising tension",
      Configuration.POLITICAL_MISSION,
      "a political mission for mediation and coordination (a regional office if security is poor)",
      "phase-fit") {
    @Override
    RowTest test(Zone z) {
      if (z.phase() == Phase.UNKNOWN) {
        return unknown("the phase is unknown");
      }
      return z.phase() == Phase.RISING_TENSION ? yes("tension is rising") : no("the phase is " + z.phase().label());
    }
  },
  OTHERWISE(
      6,
      "otherwise (latent tension, risk remote or unknown)",
      Configuration.POLITICAL_MISSION,
      "a small political mission",
      "political-mission-size") {
    @Override
    RowTest test(Zone z) {
      return yes("no row above matched");
    }
  };

  private final int number;
  private final String situation;
  private final Configuration primary;
  private final String form;
  private final String basis;

  DecisionRow(int number, String situation, Configuration primary, String form, String basis) {
    this.number = number;
    this.situation = situation;
    this.primary = primary;
    this.form = form;
    this.basis = basis;
  }

  /** Whether this row matches {@code zone}, and why. */
  abstract RowTest test(Zone zone);

  public int number() {
    return number;
  }

  /** The situation the row describes, as the brief words it. */
  public String situation() {
    return situation;
  }

  public Configuration primary() {
    return primary;
  }

  /** The primary configuration's form in this row. */
  public String form() {
    return form;
  }

  /** The id of the rule this row rests on. */
  public String basis() {
    return basis;
  }

  /** The complements this row recommends, with their role, for {@code zone}. */
  List<Complement> complements(Zone zone) {
    switch (this) {
      case NO_CONSENT_OR_PERPETRATOR:
        return List.of(new Complement(Configuration.POLITICAL_MISSION,
            "a regional political office outside the country", "mission-security"));
      case AT_THE_RUBICON:
        return List.of(new Complement(Configuration.OVER_THE_HORIZON,
            "an over-the-horizon force with tripwires, in case mediation fails", "tripwires"));
      case PRESSING_THREAT_FROM_OTHERS:
        return zone.objectivesReconcilable() == org.mdc.model.Answer.NO
            ? List.of(new Complement(Configuration.OVER_THE_HORIZON, "an over-the-horizon reserve", "tripwires"))
            : List.of(
                new Complement(Configuration.POLITICAL_MISSION,
                    "a political mission to mediate, if the parties' objectives are reconcilable", "reconcilable-objectives"),
                new Complement(Configuration.OVER_THE_HORIZON, "an over-the-horizon reserve", "tripwires"));
      case REMOTE_THREAT_FROM_NEIGHBOURS:
        return List.of(new Complement(Configuration.POLITICAL_MISSION,
            "a political mission beside the deterrent presence", "phase-fit"));
      case RISING_TENSION:
        return List.of(new Complement(Configuration.OVER_THE_HORIZON,
            "an over-the-horizon force, if atrocities become imminent", "tripwires"));
      default:
        return List.of();
    }
  }

  RowTest yes(String reason) {
    return new RowTest(number, Truth.YES, reason);
  }

  RowTest no(String reason) {
    return new RowTest(number, Truth.NO, reason);
  }

  RowTest unknown(String reason) {
    return new RowTest(number, Truth.UNKNOWN, reason);
  }
}
