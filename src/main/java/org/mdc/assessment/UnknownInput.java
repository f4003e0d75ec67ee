package org.mdc.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.mdc.model.Answer;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.Choice;
import org.mdc.model.ExistingPresence;
import org.mdc.model.HostRole;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.Phase;
import org.mdc.model.Threat;
import org.mdc.model.Zone;
import org.mdc.rules.HelicopterNeed;
import org.mdc.rules.Numbers;
import org.mdc.rules.Situation;

/**
 * The optional zone fields that may be unknown. For each, the assessment says what it assumed
 * and how the recommendation would change if the value were known, by trying every value.
 */
enum UnknownInput {
  HOST_ROLE("host_role", "not the perpetrator, unless threat says so", "", values(HostRole.class)) {
    @Override
    boolean unknownIn(Zone z) {
      return z.hostRole() == HostRole.UNKNOWN;
    }

    @Override
    Zone with(Zone z, Choice v) {
      return z.withHostRole((HostRole) v);
    }
  },
  THREAT("threat", "no particular source", "", values(Threat.class)) {
    @Override
    boolean unknownIn(Zone z) {
      return z.threat() == Threat.UNKNOWN;
    }

    @Override
    Zone with(Zone z, Choice v) {
      return z.withThreat((Threat) v);
    }
  },
  PHASE("phase", "not at the Rubicon and not rising", "", values(Phase.class)) {
    @Override
    boolean unknownIn(Zone z) {
      return z.phase() == Phase.UNKNOWN;
    }

    @Override
    Zone with(Zone z, Choice v) {
      return z.withPhase((Phase) v);
    }
  },
  ATROCITIES("atrocities", "neither imminent nor ongoing",
      "; it also decides whether a distance to the force-size rules is a shortfall (force-required)",
      values(AtrocityRisk.class)) {
    @Override
    boolean unknownIn(Zone z) {
      return z.atrocities() == AtrocityRisk.UNKNOWN;
    }

    @Override
    Zone with(Zone z, Choice v) {
      return z.withAtrocities((AtrocityRisk) v);
    }
  },
  OBJECTIVES_RECONCILABLE("objectives_reconcilable",
      "not established: mediation is offered only on the condition that they are reconcilable",
      "; if no, mediation drops out (reconcilable-objectives)", values(Answer.class)) {
    @Override
    boolean unknownIn(Zone z) {
      return z.objectivesReconcilable() == Answer.UNKNOWN;
    }

    @Override
    Zone with(Zone z, Choice v) {
      return z.withObjectivesReconcilable((Answer) v);
    }
  },
  MILITARY_BACKING("military_backing", "not committed, but not refused",
      "; the deterrent tools are conditional until backing is committed (deterrence-credibility)",
      values(MilitaryBacking.class)) {
    @Override
    boolean unknownIn(Zone z) {
      return z.militaryBacking() == MilitaryBacking.UNKNOWN;
    }

    @Override
    Zone with(Zone z, Choice v) {
      return z.withMilitaryBacking((MilitaryBacking) v);
    }
  },
  ARMED_CONFLICT("armed_conflict", "not stated",
      "; without armed conflict, police-like deployments weigh more (armed-conflict-context)", List.of()) {
    @Override
    boolean unknownIn(Zone z) {
      return z.armedConflict() == Answer.UNKNOWN;
    }
  },
  EXISTING_PRESENCE("existing_presence", "no mission on the ground to build on",
      "; a mission already there would be built on rather than a new one launched (existing-presence)", List.of()) {
    @Override
    boolean unknownIn(Zone z) {
      return z.existingPresence() == ExistingPresence.UNKNOWN;
    }
  },
  HELICOPTERS("helicopters", "neither present nor missing: the lift is not judged", "", List.of()) {
    @Override
    boolean unknownIn(Zone z) {
      return z.helicoptersAtHand().isEmpty();
    }

    @Override
    String alsoAffects(Situation situation) {
      HelicopterNeed need = situation.helicopters();
      String figure = need.forMission().isPresent()
          ? "the mission's own lift is not judged until they are counted: its troops need at least "
              + Numbers.grouped(need.forMission().get()) + " (helicopter-ratio)"
          : "a force of the minimum credible size would need " + Numbers.grouped(need.forRequiredForce())
              + " (helicopter-ratio)";
      return "; " + figure;
    }
  };

  // Each input says how to find it unknown and how to set it by overriding a method, not by a
  // lambda: every lambda is linked on first use, about 85 microseconds each in a fresh JVM even
  // from the class-data archive, and this table's eighteen were linked on every assess.

  private final String field;
  private final String assumed;
  private final String alsoAffects;
  private final List<Choice> values;

  UnknownInput(String field, String assumed, String alsoAffects, List<Choice> values) {
    this.field = field;
    this.assumed = assumed;
    this.alsoAffects = alsoAffects;
    this.values = values;
  }

  /** True when {@code zone} leaves this input unknown. */
  abstract boolean unknownIn(Zone zone);

  /**
   * {@code zone} with this input set to {@code value}, one of {@link #values}; only the inputs
   * with values to try override it.
   */
  Zone with(Zone zone, Choice value) {
    throw new UnsupportedOperationException(field + " has no values to try");
  }

  private static <E extends Enum<E> & Choice> List<Choice> values(Class<E> type) {
    List<Choice> known = new ArrayList<>();
    for (E c : type.getEnumConstants()) {
      if (!c.label().equals("unknown")) {
        known.add(c);
      }
    }
    return List.copyOf(known);
  }

  /** What else the input decides, beyond the recommendation, in a clause that starts with "; ". */
  String alsoAffects(Situation situation) {
    return alsoAffects;
  }

  /**
   * The assumptions made for the zone of {@code situation}, each with its effect on
   * {@code current}; {@code decide} runs the decision table on a zone with one input changed.
   */
  static List<Assumption> of(Situation situation, Recommendation current, Function<Zone, Recommendation> decide) {
    List<Assumption> assumptions = new ArrayList<>();
    for (UnknownInput input : values()) {
      if (input.unknownIn(situation.zone())) {
        assumptions.add(input.assume(situation, current, decide));
      }
    }
    return assumptions;
  }

  private Assumption assume(Situation situation, Recommendation current, Function<Zone, Recommendation> decide) {
    Zone zone = situation.zone();
    String alsoAffects = alsoAffects(situation);
    Map<String, List<String>> changes = new LinkedHashMap<>();
    for (Choice value : values) {
      Recommendation other = decide.apply(with(zone, value));
      if (other.row() != current.row()) {
        String outcome = "row " + other.row().id() + ", " + other.form();
        changes.putIfAbsent(outcome, new ArrayList<>());
        changes.get(outcome).add(value.label());
      }
    }
    String effect;
    if (values.isEmpty()) {
      effect = "the recommendation does not depend on it" + alsoAffects;
    } else if (changes.isEmpty()) {
      effect = "the recommendation would be the same whatever its value" + alsoAffects;
    } else {
      StringJoiner ifs = new StringJoiner("; ");
      for (Map.Entry<String, List<String>> e : changes.entrySet()) {
        ifs.add("if " + String.join(" or ", e.getValue()) + ": " + e.getKey());
      }
      effect = ifs + "; otherwise the same" + alsoAffects;
    }
    return new Assumption(field, "unknown, taken as " + assumed, effect);
  }
}
