package org.mdc.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mdc.model.Mission;
import org.mdc.model.Range;
import org.mdc.model.Zone;

/**
 * {@code helicopter-ratio}: a mission's own lift, its helicopters per soldier, against a floor of
 * one helicopter per 800 troops. The floor is a derivation, not a figure of the seeds: it is
 * about the ratio at which the Security Council authorized UNAMID's helicopters, which 002 says
 * is itself "well below" NATO's ratio. What the whole required force would need is shown as a
 * figure, never as a second gap for the same troop shortfall.
 */
// Sources: 002 Bellamy & Lupel, "Capability gaps" (helicopters authorized and deployed, citing
// Sherman, Kugel & Sinclair 2012); the troop authorizations are outside facts (S/RES/1769, S/RES/1925).
public final class HelicopterRatio implements Rule {

  /** How the default floor of one per 800 troops was reached. */
  static final Provenance FLOOR = Provenance.derivation(
      "troops authorized / helicopters authorized: UNAMID 19,555 / 24 = one per 815, MONUSCO 19,815 / 29 = one per"
          + " 683; the floor takes the more lenient, rounded to one per 800",
      "helicopters authorized from 002, \"Capability gaps\": UNAMID had \"only five of its authorized twenty-four\","
          + " MONUSCO \"only had nineteen of the twenty-nine authorized\", and even these are \"well below the ratio of"
          + " soldiers to helicopters found in North Atlantic Treaty Organization (NATO) operations\"; troops authorized"
          + " from outside references, not in the seeds: UN Security Council Resolution 1769 (S/RES/1769, 31 July 2007)"
          + " authorized UNAMID with up to 19,555 military personnel; Resolution 1925 (S/RES/1925, 28 May 2010) set"
          + " MONUSCO at a maximum of 19,815 military personnel");

  public static final RuleInfo INFO =
      new RuleInfo(
          "helicopter-ratio",
          "A mission's own lift: at least one helicopter per 800 of its troops (a floor near UNAMID's authorization)",
          new Source(Source.BELLAMY_LUPEL, "\"Capability gaps\", citing Sherman, Kugel & Sinclair (2012)"),
          List.of(Parameter.of("troops_per_helicopter", 800, 1, 100_000, "troops served by one helicopter, the floor", FLOOR)))
          .withSeverity(Severity.ERROR)
          .withExample("UNAMID, July 2014: its 15,362 troops need 20 helicopters at one per 800; it had 5, so it was short"
              + " by 15 (75%).",
              Provenance.derivation("ceil(15,362 / 800) = 20; 20 - 5 = 15, which is 75% of 20",
                  "002, Table 1: UNAMID's actual size 15,362 (July 2014); 002, \"Capability gaps\": \"only five of its"
                      + " authorized twenty-four helicopters\""));

  private final BigDecimal troopsPerHelicopter;
  /** The floor ratio as a whole number, or 0 when it has a fraction (then the decimal path is taken). */
  private final long wholeRatio;

  public HelicopterRatio(Rulebook.Settings settings) {
    this.troopsPerHelicopter = settings.value("troops_per_helicopter");
    if (troopsPerHelicopter.signum() <= 0) {
      throw new IllegalArgumentException("helicopter-ratio: troops per helicopter must be above zero");
    }
    this.wholeRatio = troopsPerHelicopter.stripTrailingZeros().scale() <= 0 ? troopsPerHelicopter.longValueExact() : 0;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Helicopters that {@code troops} need at the floor ratio. */
  public long floor(long troops) {
    return wholeRatio > 0 ? Numbers.ceilDiv(troops, wholeRatio) : Numbers.onePer(troops, troopsPerHelicopter);
  }

  /** Helicopters that each end of {@code troops} needs at the floor ratio. */
  public Range floor(Range troops) {
    return troops.isSingle() ? Range.of(floor(troops.min())) : new Range(floor(troops.min()), floor(troops.max()));
  }

  /** The helicopter need of {@code zone}'s required force and of its mission's own troops. */
  public HelicopterNeed need(Zone zone, ForceRequirement force) {
    Optional<Range> forMission = zone.mission().isPresent() && zone.mission().get().troops().max() > 0
        ? Optional.of(floor(zone.mission().get().troops()))
        : Optional.empty();
    return new HelicopterNeed(floor(force.required()), forMission, zone.helicoptersAtHand());
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone zone = situation.zone();
    HelicopterNeed need = situation.helicopters();
    if (zone.mission().isEmpty() || need.forMission().isEmpty()) {
      return; // no troops of its own to lift: the required force's need is a figure, not a gap
    }
    Mission mission = zone.mission().get();
    if (need.available().isEmpty()) {
      return; // not counted: listed among the assumptions, with how the answer would change
    }
    boolean missionStates = mission.helicopters().isPresent();
    String field = missionStates ? "mission.helicopters" : "helicopters";
    String whose = missionStates ? mission.name() + " has " : "the zone has ";
    Estimates ends = new Estimates(new Measure(need.forMission().get().min(), need.available().get().min()),
        new Measure(need.forMission().get().max(), need.available().get().max()));
    if (!ends.isSingle()) {
      estimatedGap(zone, mission, field, whose, ends, need, out);
      return;
    }
    long floor = need.forMission().get().min();
    long actual = need.available().get().min();
    String ratio = "one per " + Parameter.plain(troopsPerHelicopter) + " of its "
        + Numbers.grouped(mission.troops()) + " troops gives " + Numbers.grouped(floor);
    Measure measure = new Measure(floor, actual);
    if (measure.isMet()) {
      out.accept(Finding.ofFigures(INFO.id(), Severity.INFO, Topic.HELICOPTERS, field, measure,
          whose + Numbers.grouped(actual) + " helicopters; " + ratio + ": met"));
      return;
    }
    Severity severity = ForceRequired.shortfallSeverity(zone);
    if (severity == Severity.INFO) {
      out.accept(Finding.of(INFO.id(), severity, Topic.HELICOPTERS, field, whose + Numbers.grouped(actual)
          + " helicopters; " + ratio + ": a thin lift for its own troops, not a shortfall for this mission's task"));
      return;
    }
    out.accept(Finding.ofFigures(INFO.id(), severity, Topic.HELICOPTERS, field, measure,
        whose + Numbers.grouped(actual) + " helicopters; " + ratio + ": short by " + Numbers.grouped(measure.shortfall())
            + " (" + measure.shortfallPercent().getAsLong() + "%)"));
  }

  /** The lift gap when the troops or the helicopters are a range of estimates: both ends. */
  private void estimatedGap(Zone zone, Mission mission, String field, String whose, Estimates ends, HelicopterNeed need,
      Consumer<Finding> out) {
    String start = whose + Numbers.grouped(need.available().get()) + " helicopters; one per "
        + Parameter.plain(troopsPerHelicopter) + " of its " + Numbers.grouped(mission.troops()) + " troops gives "
        + Numbers.grouped(need.forMission().get());
    if (ends.isMet()) {
      out.accept(Finding.ofEstimates(INFO.id(), Severity.INFO, Topic.HELICOPTERS, field, ends,
          start + ": " + ends.distance()));
      return;
    }
    Severity severity = ForceRequired.shortfallSeverity(zone);
    if (severity == Severity.INFO) {
      out.accept(Finding.of(INFO.id(), severity, Topic.HELICOPTERS, field,
          start + ": a thin lift for its own troops, not a shortfall for this mission's task"));
      return;
    }
    out.accept(Finding.ofEstimates(INFO.id(), severity, Topic.HELICOPTERS, field, ends,
        start + ": " + ends.distance()));
  }
}
