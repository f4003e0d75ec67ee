package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Configuration;
import org.mdc.model.ExistingPresence;
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
          .withExample("Sri Lanka, 2008-09: the UN's work depended on the goodwill of a government whose own actions,"
              + " such as denying humanitarian access, were contrary to its obligations; a consensual presence could"
              + " not restrain it.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Contending Priorities\" and note 51", "situations where the"
                  + " government is responsible for creating some of the atrocities risks, because the UN's operations"
                  + " depend on the cooperation and goodwill of that same government\"; \"some of its actions, such as the"
                  + " denial of humanitarian access, were contrary to its international legal obligations"));

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
      return List.of(Judgment.unsuitable(INFO.id(),
          "the regime is the perpetrator: a consensual force cannot deter the government that hosts it"));
    }
    if (configuration == Configuration.POLITICAL_MISSION) {
      return List.of(Judgment.caveat(INFO.id(), "the regime is the perpetrator: persuasion has limited utility"));
    }
    return List.of();
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone zone = situation.zone();
    if (!zone.regimeIsPerpetrator()) {
      return;
    }
    // A perpetrator host is a warning whatever is described: every consensual plan must reckon with it.
    java.util.Optional<org.mdc.model.Mission> consensual =
        zone.mission().isPresent() && zone.mission().get().type().deploysInCountry()
            ? zone.mission()
            : java.util.Optional.empty();
    // The first consensual presence inside the country: the one whose utility the regime limits.
    ExistingPresence presence = ExistingPresence.NONE;
    for (ExistingPresence p : zone.presences()) {
      if (p.inCountry()) {
        presence = p;
        break;
      }
    }
    if (consensual.isPresent()) {
      org.mdc.model.Mission mission = consensual.get();
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.CONSENT, "mission.type",
          mission.name() + " is a consensual " + mission.type().title()
              + ", but the regime is the perpetrator: its utility is limited; " + COERCIVE_NOTE));
    } else if (presence.inCountry()) {
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.CONSENT, "existing_presence",
          "the " + presence.title() + " on the ground works by the consent of the regime that is the perpetrator: its"
              + " utility is limited; " + COERCIVE_NOTE));
    } else {
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.CONSENT, "host_role",
          "the regime is the perpetrator: no consensual configuration suffices; " + COERCIVE_NOTE));
    }
  }
}
