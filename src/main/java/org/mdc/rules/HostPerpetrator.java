package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Configuration;
import org.mdc.model.MissionType;
import org.mdc.model.Zone;

/**
 * {@code host-perpetrator}: when the regime is mainly responsible for the atrocities,
 * consensual tools have limited utility; coercive Pillar III measures lie outside what mdc sizes.
 */
// Source: 000 Claes, Summary and Conclusions.
public final class HostPerpetrator implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "host-perpetrator",
          "When the regime itself is the perpetrator, consensual tools have limited utility",
          new Source(Source.CLAES, "Summary and Conclusions"))
          .withSeverity(Severity.WARNING)
          .withExample("A consensual peacekeeping mission in a zone whose host_role is perpetrator: warned, and row 1 of the decision table recommends an over-the-horizon force.");

  static final String COERCIVE_NOTE = "coercive Pillar III measures lie outside what mdc sizes";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    if (!situation.zone().regimeIsPerpetrator()) {
      return List.of();
    }
    if (configuration == Configuration.PREVENTIVE_DEPLOYMENT) {
      return List.of(new Judgment(INFO.id(), true,
          "the regime is the perpetrator: a consensual force cannot deter the government that hosts it"));
    }
    if (configuration == Configuration.POLITICAL_MISSION) {
      return List.of(new Judgment(INFO.id(), false,
          "the regime is the perpetrator: persuasion has limited utility"));
    }
    return List.of();
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone zone = situation.zone();
    if (!zone.regimeIsPerpetrator()) {
      return;
    }
    zone.mission().ifPresentOrElse(mission -> {
      if (mission.type() != MissionType.OVER_THE_HORIZON) {
        out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.CONSENT, "mission.type",
            mission.name() + " is a consensual " + mission.type().title()
                + ", but the regime is the perpetrator: its utility is limited; " + COERCIVE_NOTE));
      }
    }, () -> out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.CONSENT, "host_role",
        "the regime is the perpetrator: no consensual configuration suffices; " + COERCIVE_NOTE)));
  }
}
