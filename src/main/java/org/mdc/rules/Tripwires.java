package org.mdc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Configuration;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;

/**
 * {@code tripwires}: an over-the-horizon force needs identifiable tripwires, a staging area and
 * the lift to arrive in time. EUFOR RD Congo's reinforcement from Gabon took about 24 hours in
 * August 2006 and was judged too slow.
 */
// Source: 000 Claes, "Atrocity Prevention through Deterrence"; 003 Gowan on NATO's extraction force behind the KVM.
public final class Tripwires implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "tripwires",
          "An over-the-horizon force needs identifiable tripwires, a staging area and lift to arrive in time",
          new Source(Source.CLAES, "\"Atrocity Prevention through Deterrence\"; also 003 on the KVM's extraction force"),
          List.of(Parameter.count("too_slow_hours", 24, 1, 10_000,
              "response time judged too slow (EUFOR RD Congo from Gabon, about 24 hours, August 2006)")))
          .withSeverity(Severity.ERROR)
          .withExample("EUFOR RD Congo's reinforcement from Gabon took about 24 hours in August 2006 and was judged too slow (000): a force stating 24 hours or more is warned; no tripwires or staging is an error.");

  private final long tooSlowHours;

  public Tripwires(Rulebook.Settings settings) {
    this.tooSlowHours = settings.whole("too_slow_hours");
  }

  /** Hours from tripwire to arrival at or above which a response is too slow. */
  public long tooSlowHours() {
    return tooSlowHours;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    if (configuration != Configuration.OVER_THE_HORIZON) {
      return List.of();
    }
    List<Judgment> conditions = new ArrayList<>();
    boolean planned = situation.zone().mission()
        .filter(m -> m.type() == MissionType.OVER_THE_HORIZON && !m.tripwires().isEmpty() && m.staging().isPresent())
        .isPresent();
    if (!planned) {
      conditions.add(new Judgment(INFO.id(), false, "it needs identifiable tripwires and a staging area agreed in advance"));
    }
    if (situation.helicopters().available() == 0) {
      conditions.add(new Judgment(INFO.id(), false, "no helicopters are at hand to lift it into the zone in time"));
    }
    return conditions;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    situation.zone().mission()
        .filter(m -> m.type() == MissionType.OVER_THE_HORIZON)
        .ifPresent(m -> check(m, out));
  }

  private void check(Mission mission, Consumer<Finding> out) {
    if (mission.tripwires().isEmpty()) {
      out.accept(Finding.of(INFO.id(), Severity.ERROR, Topic.TRIPWIRES, "mission.tripwires",
          mission.name() + " names no tripwires: nobody will know when to send it"));
    }
    if (mission.staging().isEmpty()) {
      out.accept(Finding.of(INFO.id(), Severity.ERROR, Topic.TRIPWIRES, "mission.staging",
          mission.name() + " names no staging area to wait in"));
    }
    if (mission.responseHours().isEmpty()) {
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.TRIPWIRES, "mission.response_hours",
          mission.name() + " states no response time from tripwire to arrival"));
    } else if (mission.responseHours().getAsLong() >= tooSlowHours) {
      // No figures: here a smaller number is better, unlike the "at least" figures of the gap table.
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.TRIPWIRES, "mission.response_hours",
          mission.name() + " needs " + mission.responseHours().getAsLong()
              + " hours to arrive; EUFOR RD Congo's reinforcement from Gabon took about "
              + tooSlowHours + " in August 2006 and was judged too slow"));
    }
  }
}
