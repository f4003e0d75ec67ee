package org.mdc.assessment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
  HOST_ROLE("host_role", "not the perpetrator, unless threat says so", "",
      z -> z.hostRole() == HostRole.UNKNOWN, values(HostRole.class), (z, v) -> z.withHostRole((HostRole) v)),
  THREAT("threat", "no particular source", "",
      z -> z.threat() == Threat.UNKNOWN, values(Threat.class), (z, v) -> z.withThreat((Threat) v)),
  PHASE("phase", "not at the Rubicon and not rising", "",
      z -> z.phase() == Phase.UNKNOWN, values(Phase.class), (z, v) -> z.withPhase((Phase) v)),
  ATROCITIES("atrocities", "neither imminent nor ongoing",
      "; it also decides whether a distance to the force-size rules is a shortfall (force-required)",
      z -> z.atrocities() == AtrocityRisk.UNKNOWN, values(AtrocityRisk.class), (z, v) -> z.withAtrocities((AtrocityRisk) v)),
  OBJECTIVES_RECONCILABLE("objectives_reconcilable",
      "not established: mediation is offered only on the condition that they are reconcilable",
      "; if no, mediation drops out (reconcilable-objectives)",
      z -> z.objectivesReconcilable() == Answer.UNKNOWN, values(Answer.class),
      (z, v) -> z.withObjectivesReconcilable((Answer) v)),
  MILITARY_BACKING("military_backing", "not committed, but not refused",
      "; the deterrent tools are conditional until backing is committed (deterrence-credibility)",
      z -> z.militaryBacking() == MilitaryBacking.UNKNOWN, values(MilitaryBacking.class),
      (z, v) -> z.withMilitaryBacking((MilitaryBacking) v)),
  ARMED_CONFLICT("armed_conflict", "not stated",
      "; without armed conflict, police-like deployments weigh more (armed-conflict-context)",
      z -> z.armedConflict() == Answer.UNKNOWN, List.of(), null),
  EXISTING_PRESENCE("existing_presence", "no mission on the ground to build on",
      "; a mission already there would be built on rather than a new one launched (existing-presence)",
      z -> z.existingPresence() == ExistingPresence.UNKNOWN, List.of(), null),
  HELICOPTERS("helicopters", "neither present nor missing: the lift is not judged", "",
      z -> z.helicoptersAtHand().isEmpty(), List.of(), null) {
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

  private final String field;
  private final String assumed;
  private final String alsoAffects;
  private final Predicate<Zone> unknownIn;
  private final List<Choice> values;
  private final BiFunction<Zone, Choice, Zone> substitute;

  UnknownInput(String field, String assumed, String alsoAffects, Predicate<Zone> unknownIn, List<Choice> values,
      BiFunction<Zone, Choice, Zone> substitute) {
    this.field = field;
    this.assumed = assumed;
    this.alsoAffects = alsoAffects;
    this.unknownIn = unknownIn;
    this.values = values;
    this.substitute = substitute;
  }

  private static <E extends Enum<E> & Choice> List<Choice> values(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> !c.label().equals("unknown"))
        .collect(Collectors.toList());
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
    return Arrays.stream(values())
        .filter(input -> input.unknownIn.test(situation.zone()))
        .map(input -> input.assume(situation, current, decide))
        .collect(Collectors.toList());
  }

  private Assumption assume(Situation situation, Recommendation current, Function<Zone, Recommendation> decide) {
    Zone zone = situation.zone();
    String alsoAffects = alsoAffects(situation);
    Map<String, List<String>> changes = new LinkedHashMap<>();
    for (Choice value : values) {
      Recommendation other = decide.apply(substitute.apply(zone, value));
      if (other.row() != current.row()) {
        String outcome = "row " + other.row().id() + ", " + other.form();
        changes.computeIfAbsent(outcome, k -> new java.util.ArrayList<>()).add(value.label());
      }
    }
    String effect;
    if (values.isEmpty()) {
      effect = "the recommendation does not depend on it" + alsoAffects;
    } else if (changes.isEmpty()) {
      effect = "the recommendation would be the same whatever its value" + alsoAffects;
    } else {
      effect = changes.entrySet().stream()
              .map(e -> "if " + String.join(" or ", e.getValue()) + ": " + e.getKey())
              .collect(Collectors.joining("; "))
          + "; otherwise the same" + alsoAffects;
    }
    return new Assumption(field, "unknown, taken as " + assumed, effect);
  }
}
