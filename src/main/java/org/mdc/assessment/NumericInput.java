package org.mdc.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.mdc.model.ArmedForce;
import org.mdc.model.Mission;
import org.mdc.model.Range;
import org.mdc.model.Zone;
import org.mdc.rules.Finding;
import org.mdc.rules.Numbers;
import org.mdc.rules.Severity;
import org.mdc.rules.Topic;

/**
 * The numeric inputs whose value may change the answer: the population, the largest armed
 * force, the mission's troops and the helicopters at hand. For each, the values at which the
 * primary, the minimum that governs the force requirement, or a shortfall (an error or a warning
 * whose figures are not met) would open, close or change its severity,
 * within a plausible span of the figure given: from a quarter of it to four times it (for a
 * count below 25, helicopters mostly, up to 100).
 *
 * <p>The thresholds come from the rules' own arithmetic, found by re-assessing: what is watched
 * changes in steps as one input grows, so a bisection between a value where the answer is the
 * same and one where it differs ends on two neighbouring whole numbers, the last before the
 * change and the first after it. Each threshold is therefore exact, and it takes a few dozen
 * re-assessments of one zone. The zone is taken at its low estimate, every range at its low
 * end, as the minimum credible force is.
 */
enum NumericInput {
  POPULATION("population", 1, false) {
    @Override
    Optional<Range> given(Zone zone) {
      return Optional.of(zone.population());
    }

    @Override
    Zone with(Zone zone, long value) {
      return zone.withPopulation(Range.of(value));
    }

  },
  LARGEST_FORCE("largest_armed_force", 0, false) {
    @Override
    Optional<Range> given(Zone zone) {
      return Optional.of(zone.largestArmedForce().strength());
    }

    @Override
    Zone with(Zone zone, long value) {
      ArmedForce f = zone.largestArmedForce();
      return zone.withLargestArmedForce(new ArmedForce(f.name(), f.kind(), Range.of(value)));
    }

  },
  TROOPS("mission.troops", 0, true) {
    @Override
    Optional<Range> given(Zone zone) {
      return zone.mission().isPresent() ? Optional.of(zone.mission().get().troops()) : Optional.empty();
    }

    @Override
    Zone with(Zone zone, long value) {
      return zone.withMission(zone.mission().get().withTroops(Range.of(value)));
    }

  },
  HELICOPTERS("helicopters", 0, true) {
    @Override
    Optional<Range> given(Zone zone) {
      return zone.helicoptersAtHand();
    }

    @Override
    String field(Zone zone) {
      return missionStates(zone) ? "mission.helicopters" : "helicopters";
    }

    @Override
    Zone with(Zone zone, long value) {
      return missionStates(zone)
          ? zone.withMission(zone.mission().get().withHelicopters(OptionalLong.of(value)))
          : zone.withHelicopters(Optional.of(Range.of(value)));
    }


    private boolean missionStates(Zone zone) {
      return zone.mission().isPresent() && zone.mission().get().helicopters().isPresent();
    }
  };

  /** How many changes are looked for on each side of a figure. */
  private static final int CHANGES_PER_SIDE = 3;

  private final String field;
  private final long lowest;
  private final boolean missionResource;

  NumericInput(String field, long lowest, boolean missionResource) {
    this.field = field;
    this.lowest = lowest;
    this.missionResource = missionResource;
  }

  /** The figure given for this input, empty when the zone has none (no mission, helicopters not counted). */
  abstract Optional<Range> given(Zone zone);

  /** {@code zone} with this input set to {@code value}. */
  abstract Zone with(Zone zone, long value);

  /** The zone file field this input is read from. */
  String field(Zone zone) {
    return field;
  }

  /**
   * Every threshold of every input for {@code zone}, the ones that matter most first;
   * {@code outcome} assesses a zone as far as the watched answers.
   */
  static List<Sensitivity> of(Zone zone, Function<Zone, Outcome> outcome) {
    Zone low = lowEstimate(zone);
    boolean ranged = hasRange(zone);
    List<Ranked> found = new ArrayList<>();
    for (NumericInput input : values()) {
      Optional<Range> given = input.given(zone);
      if (given.isPresent()) {
        input.search(low, ranged, given.get(), outcome, found);
      }
    }
    found.sort(Ranked.ORDER);
    List<Sensitivity> result = new ArrayList<>();
    for (Ranked r : found) {
      result.add(r.sensitivity());
    }
    return result;
  }

  /** True when one of the counts {@link #lowEstimate} brings to its low end is a range of estimates. */
  static boolean hasRange(Zone zone) {
    return !zone.population().isSingle()
        || zone.helicopters().isPresent() && !zone.helicopters().get().isSingle()
        || zone.mission().isPresent() && !zone.mission().get().troops().isSingle();
  }

  /** {@code zone} with every range of estimates at its low end. */
  static Zone lowEstimate(Zone zone) {
    Zone low = zone.withPopulation(Range.of(zone.population().min()));
    if (zone.helicopters().isPresent()) {
      low = low.withHelicopters(Optional.of(Range.of(zone.helicopters().get().min())));
    }
    if (zone.mission().isPresent()) {
      low = low.withMission(zone.mission().get().withTroops(Range.of(zone.mission().get().troops().min())));
    }
    return low;
  }

  private void search(Zone low, boolean ranged, Range given, Function<Zone, Outcome> outcome, List<Ranked> found) {
    long start = given.min();
    long top = start < 25 ? Math.max(100, Math.multiplyExact(given.max(), 4)) : Math.multiplyExact(given.max(), 4);
    long bottom = Math.max(lowest, start / 4);
    Outcome atStart = outcome.apply(with(low, start));
    walk(low, ranged, given, outcome, found, start, atStart, top, Sensitivity.Direction.AT_OR_ABOVE);
    walk(low, ranged, given, outcome, found, start, atStart, bottom, Sensitivity.Direction.AT_OR_BELOW);
  }

  /**
   * From {@code from}, whose answer is {@code base}, toward {@code end}: the first value at which
   * the answer changes, then the next, up to {@link #CHANGES_PER_SIDE}, each found by bisection.
   * Each value is assessed at most once: the answer at {@code end} and at each change found are
   * kept, not assessed again (the search re-assesses the zone a hundred times or more, most of
   * the time of an assess).
   */
  private void walk(Zone low, boolean ranged, Range given, Function<Zone, Outcome> outcome, List<Ranked> found,
      long from, Outcome base, long end, Sensitivity.Direction direction) {
    boolean up = direction == Sensitivity.Direction.AT_OR_ABOVE;
    Outcome far = null;
    for (int i = 0; i < CHANGES_PER_SIDE && (up ? from < end : from > end); i++) {
      if (far == null) {
        far = outcome.apply(with(low, end));
      }
      if (far.same(base)) {
        break;
      }
      long same = from;
      long differs = end;
      Outcome after = far;
      while (up ? differs - same > 1 : same - differs > 1) {
        long mid = up ? same + (differs - same) / 2 : differs + (same - differs) / 2;
        Outcome atMid = outcome.apply(with(low, mid));
        if (atMid.same(base)) {
          same = mid;
        } else {
          differs = mid;
          after = atMid;
        }
      }
      found.add(ranked(low, ranged, given, differs, direction, base, after));
      from = differs;
      base = after;
    }
  }

  private Ranked ranked(Zone zone, boolean ranged, Range given, long threshold, Sensitivity.Direction direction,
      Outcome before, Outcome after) {
    List<String> changes = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    int weight = 3;
    if (!before.primary().equals(after.primary())) {
      changes.add("the primary becomes " + after.form() + " (decision table row " + after.row() + ")");
      rules.add(after.basis());
      weight = 0;
    }
    if (before.densityGoverns() != after.densityGoverns()) {
      changes.add(after.densityGoverns()
          ? "density governs the minimum credible force, which then grows with the population (force-required)"
          : "parity with the largest armed force governs the minimum credible force (force-required)");
      rules.add("force-required");
      weight = Math.min(weight, 2);
    }
    boolean up = direction == Sensitivity.Direction.AT_OR_ABOVE;
    Map<String, GapState> all = new LinkedHashMap<>(before.gaps());
    for (Map.Entry<String, GapState> e : after.gaps().entrySet()) {
      all.putIfAbsent(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, GapState> e : all.entrySet()) {
      GapState was = before.gaps().get(e.getKey());
      GapState is = after.gaps().get(e.getKey());
      if (was != null && was.equals(is)) {
        continue;
      }
      GapState any = is != null ? is : was;
      String noun = noun(any.topic());
      if (is == null) {
        changes.add("the " + noun + " shortfall closes (" + any.rule() + ")");
        // Closing a shortfall by giving the mission more, or by a zone that asks less, is what a planner can use.
        weight = Math.min(weight, up == missionResource ? 1 : 3);
      } else if (was == null) {
        changes.add("a " + noun + " shortfall opens, " + is.severity().label() + " (" + any.rule() + ")");
        weight = Math.min(weight, up == missionResource ? 3 : 1);
      } else {
        changes.add("the " + noun + " shortfall goes from " + was.severity().label() + " to " + is.severity().label()
            + " (" + any.rule() + ")");
        weight = Math.min(weight, 1);
      }
      rules.add(any.rule());
    }
    String effect = String.join("; ", changes);
    double distance = Math.abs(Math.log((threshold + 1.0) / (given.min() + 1.0)));
    String current = Numbers.grouped(given);
    return new Ranked(new Sensitivity(field(zone), threshold, direction, current, effect,
        new ArrayList<>(new LinkedHashSet<>(rules)), ranged), weight, distance);
  }

  private static String noun(Topic topic) {
    switch (topic) {
      case TROOPS:
        return "troop";
      case HELICOPTERS:
        return "helicopter";
      default:
        return topic.label();
    }
  }

  /** A threshold with what orders it: its weight (0 matters most), then how far it lies from the figure. */
  private record Ranked(Sensitivity sensitivity, int weight, double distance) {

    /**
     * By weight, then by distance. Written out: Comparator.comparingInt and thenComparingDouble
     * spin their lambdas at run time, which the class-data archive does not keep.
     */
    static final Comparator<Ranked> ORDER = new Comparator<>() {
      @Override
      public int compare(Ranked a, Ranked b) {
        int byWeight = Integer.compare(a.weight, b.weight);
        return byWeight != 0 ? byWeight : Double.compare(a.distance, b.distance);
      }
    };
  }

  /** A shortfall as the sensitivity analysis watches it: an error or a warning whose figures are not met. */
  record GapState(String rule, Topic topic, Severity severity) {

    // Written out rather than derived: a record's derived equals is bound through
    // java.lang.runtime.ObjectMethods on first use, about 10 ms of a short command's start.
    @Override
    public boolean equals(Object other) {
      if (!(other instanceof GapState)) {
        return false;
      }
      GapState that = (GapState) other;
      return rule.equals(that.rule) && topic == that.topic && severity == that.severity;
    }

    @Override
    public int hashCode() {
      return (31 * rule.hashCode() + topic.hashCode()) * 31 + severity.hashCode();
    }
  }

  /**
   * What the analysis watches in one assessment: the primary, which minimum governs the force
   * requirement, and the state of each gap, by rule and field.
   */
  record Outcome(String primary, String form, String row, String basis, boolean densityGoverns,
      Map<String, GapState> gaps) {

    static Outcome of(Recommendation r, boolean densityGoverns, List<Finding> findings) {
      Map<String, GapState> gaps = new LinkedHashMap<>();
      for (Finding f : findings) {
        if (!f.isMet() && f.severity() != Severity.INFO) {
          gaps.putIfAbsent(f.rule() + " " + f.field(), new GapState(f.rule(), f.topic(), f.severity()));
        }
      }
      return new Outcome(r.primaryLabel(), r.form(), r.row().id(), r.row().basis(), densityGoverns, gaps);
    }

    boolean same(Outcome other) {
      return primary.equals(other.primary) && densityGoverns == other.densityGoverns && gaps.equals(other.gaps);
    }
  }
}
