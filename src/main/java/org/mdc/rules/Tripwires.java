package org.mdc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mdc.model.Configuration;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;
import org.mdc.model.Range;

/**
 * {@code tripwires}: an over-the-horizon force is a contingency unit deployable when identifiable
 * tripwires are crossed; it needs them named, a staging area and the lift to arrive, and its
 * response time stated. The sources give no figure for how fast is fast enough (000 warns only
 * that slow deployment may invite escalation), so mdc asks for the time and sets no threshold.
 */
// Source: 000 Claes, "Atrocity Prevention through Deterrence: Preventive Deployments"; 003 Gowan on
// NATO's extraction force in FYROM behind the Kosovo Verification Mission.
public final class Tripwires implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "tripwires",
          "An over-the-horizon force needs identifiable tripwires, a staging area, lift, and a stated response time",
          new Source(Source.CLAES, "\"Atrocity Prevention through Deterrence: Preventive Deployments\"; also 003,"
              + " \"At the Rubicon\", on the KVM's extraction force"))
          .withSeverity(Severity.ERROR)
          .withExample("Kosovo, 1998-99: concern for the unarmed verifiers' safety led NATO to hold an extraction force"
              + " in neighbouring FYROM, an over-the-horizon force behind a monitoring mission.",
              Provenance.seed(Source.GOWAN, "\"At the Rubicon\"", "Concerns for the mission's safety also resulted in"
                  + " the deployment of a NATO extraction force in neighboring FYROM"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    if (configuration != Configuration.OVER_THE_HORIZON) {
      return List.of();
    }
    List<Judgment> todo = new ArrayList<>();
    Mission m = situation.zone().mission().orElse(null);
    boolean planned = m != null && m.type() == MissionType.OVER_THE_HORIZON && !m.tripwires().isEmpty()
        && m.staging().isPresent();
    if (!planned) {
      todo.add(Judgment.caveat(INFO.id(), "it needs identifiable tripwires and a staging area agreed in advance"));
    }
    Optional<Range> lift = situation.helicopters().available();
    if (lift.isEmpty()) {
      todo.add(Judgment.caveat(INFO.id(), "nobody has counted the helicopters that would lift it into the zone"));
    } else if (lift.get().max() == 0) {
      todo.add(Judgment.caveat(INFO.id(), "no helicopters are at hand to lift it into the zone: it must bring its own"));
    } else if (lift.get().min() == 0) {
      todo.add(Judgment.caveat(INFO.id(), "at the low estimate no helicopters are at hand to lift it into the zone: it"
          + " may have to bring its own"));
    }
    return todo;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Mission m = situation.zone().mission().orElse(null);
    if (m != null && m.type() == MissionType.OVER_THE_HORIZON) {
      check(m, out);
    }
  }

  private static void check(Mission mission, Consumer<Finding> out) {
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
          mission.name() + " states no response time from tripwire to arrival; slow deployment may invite the"
              + " escalation it should deter (000)"));
    }
  }
}
