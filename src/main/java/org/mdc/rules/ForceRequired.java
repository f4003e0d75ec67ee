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
          .withExample("Darfur: parity's 40,000 is above the density minimum of 12,000, so at least 40,000; UNAMID's 15,362 (July 2014) is short by 24,638 (62%).",
              Provenance.derivation("max(12,000, 40,000) = 40,000 (both rules of thumb must hold, so the larger:"
                  + " the domain brief's reading, as 002 sets the two side by side without combining them);"
                  + " 40,000 - 15,362 = 24,638, which is 62% of 40,000",
                  "002, Table 1: density 12,000–60,000, method 2 40,000–45,000, actual size 15,362 (July 2014)"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** The larger of the two minimums. */
  public ForceRequirement combine(Range density, Range parity) {
    return new ForceRequirement(density, parity, Math.max(density.min(), parity.min()));
  }

  /**
   * The larger of the two minimums, at the low estimate and at the high: {@code densityMinAtHigh}
   * is the density minimum for the high estimate of the population.
   */
  public ForceRequirement combine(Range density, Range parity, long densityMinAtHigh) {
    long min = Math.max(density.min(), parity.min());
    return new ForceRequirement(density, parity, min, Math.max(min, Math.max(densityMinAtHigh, parity.min())));
  }

  /**
   * How serious a distance to the force-size rules is in this zone, following the brief's
   * section "What the force-size rules measure": a shortfall only for a force described as one
   * that must protect civilians, never for a force nobody described. Shared by
   * {@code helicopter-ratio}.
   */
  public static Severity shortfallSeverity(Zone zone) {
    Optional<MissionType> type = zone.missionType();
    if (type.isEmpty() || type.get().isPolitical()) {
      return Severity.INFO;
    }
    boolean protects = zone.mission().isPresent() && zone.mission().get().has(Task.PROTECTION_OF_CIVILIANS);
    boolean deterrentPresence = type.get() == MissionType.PREVENTIVE_DEPLOYMENT && zone.atrocities() == AtrocityRisk.REMOTE;
    if (deterrentPresence && !protects) {
      return Severity.INFO;
    }
    if (zone.atrocities().isPressing() || protects) {
      return Severity.ERROR;
    }
    if (zone.atrocities() == AtrocityRisk.UNKNOWN) {
      return Severity.WARNING;
    }
    return Severity.INFO;
  }

  /** Which minimum sets the requirement, in words: "parity with the largest armed force (40,000) is above ...". */
  static String basis(ForceRequirement force) {
    long density = force.density().min();
    long parity = force.parity().min();
    if (density == parity) {
      return "the density minimum and parity with the largest armed force are both " + Numbers.grouped(density);
    }
    return density > parity
        ? "the density minimum (" + Numbers.grouped(density) + ") is above parity (" + Numbers.grouped(parity) + ")"
        : "parity with the largest armed force (" + Numbers.grouped(parity) + ") is above the density minimum ("
            + Numbers.grouped(density) + ")";
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone zone = situation.zone();
    ForceRequirement force = situation.force();
    long required = force.requiredMin();
    String basis = basis(force);
    Optional<Mission> described = zone.mission();
    if (described.isEmpty()) {
      // Nobody proposed a force: the figure is what a backing force would have to bring, never a gap.
      out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.TROOPS, "",
          "no mission is described: a force that must protect civilians here would need at least "
              + Numbers.grouped(force.required()) + " troops (" + basis + "); that is what any backing force must be"
              + " able to bring, not a shortfall"));
      return;
    }
    Mission mission = described.get();
    Estimates ends = new Estimates(new Measure(required, mission.troops().min()),
        new Measure(force.requiredHigh(), mission.troops().max()));
    if (!ends.isSingle()) {
      estimatedGap(zone, force, mission, ends, out);
      return;
    }
    long troops = mission.troops().min();
    String who = mission.name() + " has " + Numbers.grouped(troops) + " troops";
    String field = "mission.troops";
    Measure measure = new Measure(required, troops);
    if (measure.isMet()) {
      String message = who + "; the rules of thumb require at least " + Numbers.grouped(required) + " (" + basis + "): met";
      out.accept(Finding.ofFigures(INFO.id(), Severity.INFO, Topic.TROOPS, field, measure, message));
      return;
    }
    Severity severity = shortfallSeverity(zone);
    String distance = severity == Severity.INFO
        ? "a protection force would need at least " + Numbers.grouped(required) + " (" + basis
            + "); this is not a shortfall for this mission, but what its backing must be able to bring if deterrence fails"
        : "the rules of thumb require at least " + Numbers.grouped(required) + " (" + basis + "): short by "
            + Numbers.grouped(measure.shortfall()) + " (" + measure.shortfallPercent().getAsLong() + "%)";
    if (severity == Severity.WARNING) {
      distance += "; a shortfall if atrocities are imminent or ongoing (atrocities: unknown)";
    }
    if (severity == Severity.INFO) {
      // Not a shortfall: the figures are in the message, and no shortfall is computed from them.
      out.accept(Finding.of(INFO.id(), severity, Topic.TROOPS, field, who + "; " + distance));
      return;
    }
    out.accept(Finding.ofFigures(INFO.id(), severity, Topic.TROOPS, field, measure, who + "; " + distance));
  }

  /** The troop gap when the population or the troops are a range of estimates: both ends, in figures and words. */
  private static void estimatedGap(Zone zone, ForceRequirement force, Mission mission, Estimates ends,
      Consumer<Finding> out) {
    String field = "mission.troops";
    String who = mission.name() + " has " + Numbers.grouped(mission.troops()) + " troops";
    String atLeast = Numbers.grouped(force.requiredMin()) + " (" + basis(force) + ")"
        + (force.requiredHigh() == force.requiredMin() ? ""
            : " at the low population estimate and " + Numbers.grouped(force.requiredHigh()) + " at the high");
    if (ends.isMet()) {
      out.accept(Finding.ofEstimates(INFO.id(), Severity.INFO, Topic.TROOPS, field, ends,
          who + "; the rules of thumb require at least " + atLeast + ": " + ends.distance()));
      return;
    }
    Severity severity = shortfallSeverity(zone);
    if (severity == Severity.INFO) {
      out.accept(Finding.of(INFO.id(), severity, Topic.TROOPS, field, who + "; a protection force would need at least "
          + atLeast + "; this is not a shortfall for this mission, but what its backing must be able to bring if"
          + " deterrence fails"));
      return;
    }
    String message = who + "; the rules of thumb require at least " + atLeast + ": " + ends.distance();
    if (severity == Severity.WARNING) {
      message += "; a shortfall if atrocities are imminent or ongoing (atrocities: unknown)";
    }
    out.accept(Finding.ofEstimates(INFO.id(), severity, Topic.TROOPS, field, ends, message));
  }
}
