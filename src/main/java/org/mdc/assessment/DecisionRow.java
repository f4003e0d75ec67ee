package org.mdc.assessment;

import java.util.List;
import java.util.Optional;
import org.mdc.model.Answer;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.Configuration;
import org.mdc.model.HostConsent;
import org.mdc.model.HostRole;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.Phase;
import org.mdc.model.Threat;
import org.mdc.model.Zone;
import org.mdc.rules.MissionSecurity;
import org.mdc.rules.PoliticalLevers;

/**
 * The rows of the decision table, tried in order. A row whose situation matches names the
 * primary only if that configuration is feasible (its preconditions hold: consent for consensual
 * tools in the country, backing for deterrent ones); otherwise the table falls through to the next
 * row, and rows 1b, 1c and 3b exist for that fall-through.
 */
// Source: the domain brief's reading of 000 Claes, 002 Bellamy & Lupel and 003 Gowan, "How the
// recommendation follows", with row 3b added from 003's account of Kyrgyzstan in 2010.
public enum DecisionRow {
  NO_CONSENT_OR_PERPETRATOR("1", null, "no consent, or the regime is the perpetrator",
      Configuration.OVER_THE_HORIZON, "host-consent") {
    @Override
    RowTrial test(Zone z) {
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

    @Override
    String form(Zone z) {
      return "an over-the-horizon force with tripwires";
    }

    @Override
    List<Complement> complements(Zone z) {
      String role = z.objectivesReconcilable() == Answer.NO
          ? "a regional political office outside the country, to watch, report and keep channels open"
          : "a regional political office outside the country, to mediate beside the regional organization";
      return List.of(Complement.of(Configuration.POLITICAL_MISSION, role, "mission-security"));
    }
  },
  REGIONAL_OFFICE_OUTSIDE("1b", NO_CONSENT_OR_PERPETRATOR,
      "as row 1, no deterrent is credible, and the parties' objectives are reconcilable",
      Configuration.POLITICAL_MISSION, "mission-security") {
    @Override
    RowTrial test(Zone z) {
      // Mediating with a regime that is the perpetrator, or that refuses any mission, needs reconcilable
      // objectives established, not assumed: such a regime may engage only to buy time (000).
      Answer objectives = z.objectivesReconcilable();
      if (objectives == Answer.UNKNOWN) {
        return unknown("whether the parties' objectives are reconcilable is unknown (objectives_reconcilable)");
      }
      return objectives == Answer.YES
          ? yes("the parties' objectives are reconcilable")
          : no("the parties' objectives are not reconcilable: there is nothing to mediate");
    }

    @Override
    String form(Zone z) {
      return "a political mission from a regional office outside the country, mediating beside the regional"
          + " organization (as UNOWA with ECOWAS in Guinea, 2009-10)";
    }
  },
  NOTHING_CREDIBLE("1c", NO_CONSENT_OR_PERPETRATOR,
      "as row 1, and nothing mdc sizes is credible", null, "political-levers") {
    @Override
    RowTrial test(Zone z) {
      return yes("no deterrent is credible, and persuasion has nothing to work with");
    }

    @Override
    String form(Zone z) {
      return "none: no configuration mdc sizes is credible here; use the political levers below and say so plainly";
    }

    @Override
    List<Complement> complements(Zone z) {
      return PoliticalLevers.LEVERS.stream()
          .map(lever -> Complement.lever(lever, "political-levers"))
          .collect(java.util.stream.Collectors.toList());
    }
  },
  AT_THE_RUBICON("2", null, "at the Rubicon (pre-rubicon), objectives reconcilable",
      Configuration.POLITICAL_MISSION, "phase-fit") {
    @Override
    RowTrial test(Zone z) {
      if (z.phase() == Phase.UNKNOWN) {
        return unknown("the phase is unknown");
      }
      if (z.phase() != Phase.PRE_RUBICON) {
        return no("the phase is " + z.phase().label());
      }
      return z.objectivesReconcilable() == Answer.NO
          ? no("the parties are at the Rubicon, but their objectives are not reconcilable: a mediation team will not"
              + " help")
          : yes("the parties are at the Rubicon");
    }

    @Override
    String form(Zone z) {
      return "a small, flexible mediation team";
    }

    @Override
    List<Complement> complements(Zone z) {
      return List.of(Complement.of(Configuration.OVER_THE_HORIZON,
          "an over-the-horizon force with tripwires, in case mediation fails", "tripwires"));
    }
  },
  PRESSING_THREAT_FROM_OTHERS("3", null,
      "threat from non-state actors or neighbours, atrocities imminent or ongoing",
      Configuration.PREVENTIVE_DEPLOYMENT, "force-required") {
    @Override
    RowTrial test(Zone z) {
      Truth fromOthers = z.threat() == Threat.UNKNOWN
          ? Truth.UNKNOWN
          : Truth.of(z.threat() == Threat.NON_STATE || z.threat() == Threat.NEIGHBOUR || z.threat() == Threat.MIXED);
      Truth pressing = z.atrocities() == AtrocityRisk.UNKNOWN ? Truth.UNKNOWN : Truth.of(z.atrocities().isPressing());
      return new RowTrial(id(), fromOthers.and(pressing),
          "threat: " + z.threat().label() + ", atrocities: " + z.atrocities().label());
    }

    @Override
    String form(Zone z) {
      return "a preventive deployment sized by force-required";
    }

    @Override
    List<Complement> complements(Zone z) {
      Complement reserve = Complement.of(Configuration.OVER_THE_HORIZON, "an over-the-horizon reserve", "tripwires");
      return z.objectivesReconcilable() == Answer.NO
          ? List.of(reserve)
          : List.of(Complement.of(Configuration.POLITICAL_MISSION,
                  "a political mission to mediate, if the parties' objectives are reconcilable", "reconcilable-objectives"),
              reserve);
    }
  },
  PRESSING_THREAT_NO_DETERRENT("3b", PRESSING_THREAT_FROM_OTHERS,
      "as row 3, and no deterrent is credible", Configuration.POLITICAL_MISSION, "mission-security") {
    @Override
    RowTrial test(Zone z) {
      return yes("no state will back a deployment, so the host's consent is used for a civilian presence");
    }

    @Override
    String form(Zone z) {
      String task = z.objectivesReconcilable() == Answer.NO
          ? "to monitor, report and protect by presence (mediation will not help: the objectives are irreconcilable)"
          : "to mediate, monitor, report and protect by presence";
      return "a political mission " + task + (MissionSecurity.highRisk(z)
          ? ", based in a regional office outside the country if security forbids a visible presence (as UNRCCA for"
              + " Kyrgyzstan, 2010)"
          : "");
    }
  },
  REMOTE_THREAT_FROM_NEIGHBOURS("4", null, "threat from neighbours, risk remote, backing committed",
      Configuration.PREVENTIVE_DEPLOYMENT, "deterrence-credibility") {
    @Override
    RowTrial test(Zone z) {
      Truth neighbours = z.threat() == Threat.UNKNOWN ? Truth.UNKNOWN : Truth.of(z.threat() == Threat.NEIGHBOUR);
      Truth remote = z.atrocities() == AtrocityRisk.UNKNOWN ? Truth.UNKNOWN : Truth.of(z.atrocities() == AtrocityRisk.REMOTE);
      Truth backed = z.militaryBacking() == MilitaryBacking.UNKNOWN
          ? Truth.UNKNOWN
          : Truth.of(z.militaryBacking() == MilitaryBacking.COMMITTED);
      return new RowTrial(id(), neighbours.and(remote).and(backed), "threat: " + z.threat().label() + ", atrocities: "
          + z.atrocities().label() + ", military backing: " + z.militaryBacking().label());
    }

    @Override
    String form(Zone z) {
      return "a preventive deployment as a deterrent presence (as UNPREDEP in Macedonia)";
    }

    @Override
    List<Complement> complements(Zone z) {
      return List.of(Complement.of(Configuration.POLITICAL_MISSION,
          "a political mission beside the deterrent presence", "phase-fit"));
    }
  },
  RISING_TENSION("5", null, "rising tension", Configuration.POLITICAL_MISSION, "phase-fit") {
    @Override
    RowTrial test(Zone z) {
      if (z.phase() == Phase.UNKNOWN) {
        return unknown("the phase is unknown");
      }
      return z.phase() == Phase.RISING_TENSION ? yes("tension is rising") : no("the phase is " + z.phase().label());
    }

    @Override
    String form(Zone z) {
      String task = z.objectivesReconcilable() == Answer.NO
          ? "a political mission to coordinate envoys, monitor and warn (mediation will not help: the objectives are"
              + " irreconcilable)"
          : "a political mission for mediation and coordination";
      return task + (MissionSecurity.highRisk(z)
          ? ", from a regional office outside the country while security forbids a visible presence"
          : "");
    }

    @Override
    List<Complement> complements(Zone z) {
      return List.of(Complement.of(Configuration.OVER_THE_HORIZON,
          "an over-the-horizon force, if atrocities become imminent", "tripwires"));
    }
  },
  OTHERWISE("6", null, "otherwise (latent tension, or risk remote or unknown)",
      Configuration.POLITICAL_MISSION, "political-mission-size") {
    @Override
    RowTrial test(Zone z) {
      return yes("no row above chose a primary");
    }

    @Override
    String form(Zone z) {
      return "a small political mission";
    }
  };

  private final String id;
  private final DecisionRow parent;
  private final String situation;
  private final Configuration primary;
  private final String basis;

  DecisionRow(String id, DecisionRow parent, String situation, Configuration primary, String basis) {
    this.id = id;
    this.parent = parent;
    this.situation = situation;
    this.primary = primary;
    this.basis = basis;
  }

  /** Whether this row's situation matches {@code zone}, and why. */
  abstract RowTrial test(Zone zone);

  /** What the primary is to be in {@code zone}, in words. */
  abstract String form(Zone zone);

  /** The complements this row recommends for {@code zone}, before any that are not feasible are dropped. */
  List<Complement> complements(Zone zone) {
    return List.of();
  }

  /** The row's id as the README's table gives it: {@code 1}, {@code 1b}, ... */
  public String id() {
    return id;
  }

  /**
   * The row whose fall-through this row handles: it is tried only when that row matched and its
   * configuration was not feasible. Empty for the main rows.
   */
  Optional<DecisionRow> parent() {
    return Optional.ofNullable(parent);
  }

  /** The situation the row describes. */
  public String situation() {
    return situation;
  }

  /** The configuration this row names; empty for row 1c, where none is credible. */
  public Optional<Configuration> primary() {
    return Optional.ofNullable(primary);
  }

  /** The id of the rule this row rests on. */
  public String basis() {
    return basis;
  }

  RowTrial yes(String reason) {
    return new RowTrial(id, Truth.YES, reason);
  }

  RowTrial no(String reason) {
    return new RowTrial(id, Truth.NO, reason);
  }

  RowTrial unknown(String reason) {
    return new RowTrial(id, Truth.UNKNOWN, reason);
  }
}
