package org.mdc.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Zone;

/**
 * {@code helicopter-ratio}: helicopters for the required force at one per 800 troops, a floor
 * near what the Security Council authorized for UNAMID and MONUSCO; NATO operations field about
 * one per 400, shown beside the floor.
 */
// Source: 002 Bellamy & Lupel, "Capability gaps", citing Sherman, Kugel & Sinclair (2012).
public final class HelicopterRatio implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "helicopter-ratio",
          "Helicopters for the required force: one per 800 troops as a floor, one per 400 at NATO's level",
          new Source(Source.BELLAMY_LUPEL, "\"Capability gaps\", citing Sherman, Kugel & Sinclair (2012)"),
          List.of(
              Parameter.of("troops_per_helicopter", 800, 1, 100_000, "troops served by one helicopter, the floor"),
              Parameter.of("nato_troops_per_helicopter", 400, 1, 100_000,
                  "troops per helicopter in NATO operations, shown beside the floor")))
          .withSeverity(Severity.ERROR)
          .withExample("40,000 troops need 50 helicopters at one per 800, and 100 at NATO's one per 400; UNAMID had 5.");

  private final BigDecimal troopsPerHelicopter;
  private final BigDecimal natoTroopsPerHelicopter;
  /** The floor ratio as a whole number, or 0 when it has a fraction (then the decimal path is taken). */
  private final long wholeRatio;

  public HelicopterRatio(Rulebook.Settings settings) {
    this.troopsPerHelicopter = settings.value("troops_per_helicopter");
    this.natoTroopsPerHelicopter = settings.value("nato_troops_per_helicopter");
    if (troopsPerHelicopter.signum() <= 0 || natoTroopsPerHelicopter.signum() <= 0) {
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

  /** The helicopter need of {@code zone}'s required force. */
  public HelicopterNeed need(Zone zone, ForceRequirement force) {
    long available =
        zone.mission()
            .filter(m -> m.helicopters().isPresent())
            .map(m -> m.helicopters().getAsLong())
            .orElse(zone.helicopters());
    return new HelicopterNeed(
        floor(force.requiredMin()), Numbers.onePer(force.requiredMin(), natoTroopsPerHelicopter), available);
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone zone = situation.zone();
    HelicopterNeed need = situation.helicopters();
    boolean missionStates = zone.mission().map(m -> m.helicopters().isPresent()).orElse(false);
    String field = missionStates ? "mission.helicopters" : "helicopters";
    String whose = missionStates ? zone.mission().get().name() + " has " : "the zone has ";
    String ratio = "one per " + Parameter.plain(troopsPerHelicopter) + " troops for "
        + Numbers.grouped(situation.force().requiredMin()) + " gives " + Numbers.grouped(need.floor())
        + " (NATO's level, one per " + Parameter.plain(natoTroopsPerHelicopter) + ": "
        + Numbers.grouped(need.natoLevel()) + ")";
    long actual = need.available();
    if (actual >= need.floor()) {
      out.accept(Finding.ofFigures(INFO.id(), Severity.INFO, Topic.HELICOPTERS, field, need.floor(), actual,
          whose + Numbers.grouped(actual) + " helicopters; " + ratio + ": met"));
      return;
    }
    Severity severity = ForceRequired.shortfallSeverity(zone);
    String verdict = severity == Severity.INFO
        ? ": what the backing must be able to bring, not a shortfall of this mission"
        : ": short by " + Numbers.grouped(need.floor() - actual) + " ("
            + Numbers.roundedPercent(need.floor() - actual, need.floor()) + "%)";
    out.accept(Finding.ofFigures(INFO.id(), severity, Topic.HELICOPTERS, field, need.floor(), actual,
        whose + Numbers.grouped(actual) + " helicopters; " + ratio + verdict));
  }
}
