package org.mdc.rules;

import java.util.Optional;
import java.util.function.Consumer;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;
import org.mdc.model.Range;
import org.mdc.model.Task;
import org.mdc.model.Zone;

/**
 * {@code force-required}: the minimum credible force is the larger of the density and parity
 * minimums; below it a mission is under-staffed. The distance counts as a shortfall only for a
 * force that must protect civilians: when atrocities are imminent or ongoing, or when the
 * mandate includes protection of civilians. For a political mission or a deterrent presence at
 * remote risk it is what the backing must be able to bring, shown as info.
 */
// Source: 002 Bellamy & Lupel, "Capability gaps" and Table 1; the brief, "What the force-size rules measure".
public final class ForceRequired implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "force-required",
          "Minimum credible force: the larger of the density and parity minimums",
          new Source(Source.BELLAMY_LUPEL, "\"Capability gaps\" and Table 1 (\"significantly under-staffed\")"))
          .withSeverity(Severity.ERROR)
          .withExample("Darfur: parity's 40,000 is above the density minimum of 12,000, so at least 40,000; UNAMID's 15,362 (July 2014) is short by 24,638 (62%).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** The larger of the two minimums. */
  public ForceRequirement combine(Range density, Range parity) {
    return new ForceRequirement(density, parity, Math.max(density.min(), parity.min()));
  }

  /**
   * How serious a distance to the force-size rules is in this zone, following the brief's
   * section "What the force-size rules measure". Shared by {@code helicopter-ratio}.
   */
  public static Severity shortfallSeverity(Zone zone) {
    Optional<MissionType> type = zone.missionType();
    boolean protects = zone.mission().map(m -> m.has(Task.PROTECTION_OF_CIVILIANS)).orElse(false);
    if (type.isPresent() && type.get() == MissionType.POLITICAL_MISSION) {
      return Severity.INFO;
    }
    boolean deterrentPresence =
        type.isPresent() && type.get() == MissionType.PREVENTIVE_DEPLOYMENT && zone.atrocities() == AtrocityRisk.REMOTE;
    if (deterrentPresence && !protects) {
      return Severity.INFO;
    }
    if (zone.atrocities().isPressing() || protects) {
      return Severity.ERROR;
    }
    if (zone.atrocities() == AtrocityRisk.UNKNOWN && type.isPresent()) {
      return Severity.WARNING;
    }
    return Severity.INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone zone = situation.zone();
    ForceRequirement force = situation.force();
    long required = force.requiredMin();
    String basis =
        force.densityGoverns()
            ? "the density minimum (" + Numbers.grouped(force.density().min()) + ") is above parity ("
                + Numbers.grouped(force.parity().min()) + ")"
            : "parity with the largest armed force (" + Numbers.grouped(force.parity().min())
                + ") is above the density minimum (" + Numbers.grouped(force.density().min()) + ")";
    Severity severity = shortfallSeverity(zone);
    Optional<Mission> mission = zone.mission();
    long troops = mission.map(Mission::troops).orElse(0L);
    String who = mission.map(m -> m.name() + " has " + Numbers.grouped(m.troops()) + " troops")
        .orElse("no force is deployed or proposed");
    String field = mission.isPresent() ? "mission.troops" : "mission";
    String message;
    if (troops >= required) {
      message = who + "; the rules of thumb require at least " + Numbers.grouped(required) + " (" + basis + "): met";
      out.accept(Finding.ofFigures(INFO.id(), Severity.INFO, Topic.TROOPS, field, required, troops, message));
      return;
    }
    String distance = severity == Severity.INFO
        ? "a protection force would need at least " + Numbers.grouped(required) + " (" + basis
            + "); this is not a shortfall for this mission, but what its backing must be able to bring if deterrence fails"
        : "the rules of thumb require at least " + Numbers.grouped(required) + " (" + basis + "): short by "
            + Numbers.grouped(required - troops) + " (" + Numbers.roundedPercent(required - troops, required) + "%)";
    if (severity == Severity.WARNING) {
      distance += "; a shortfall if atrocities are imminent or ongoing (atrocities: unknown)";
    }
    out.accept(Finding.ofFigures(INFO.id(), severity, Topic.TROOPS, field, required, troops, who + "; " + distance));
  }
}
