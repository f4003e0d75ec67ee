package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Configuration;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.MissionType;

/**
 * {@code deterrence-credibility}: a preventive deployment deters only with a credible threat of
 * offensive action and solid commitments to back it militarily.
 */
// Source: 000 Claes, "Atrocity Prevention through Deterrence: Preventive Deployments".
public final class DeterrenceCredibility implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "deterrence-credibility",
          "A preventive deployment deters only with a credible offensive threat and committed military backing",
          new Source(Source.CLAES, "\"Atrocity Prevention through Deterrence: Preventive Deployments\""))
          .withSeverity(Severity.ERROR)
          .withExample("A preventive deployment with military_backing none is unsuitable (error); with uncertain backing it is conditional on states able to bring the required force.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    if (configuration != Configuration.PREVENTIVE_DEPLOYMENT) {
      return List.of();
    }
    MilitaryBacking backing = situation.zone().militaryBacking();
    if (backing == MilitaryBacking.NONE) {
      return List.of(new Judgment(INFO.id(), true, "no state will back it militarily, so its deterrence is not credible"));
    }
    if (backing != MilitaryBacking.COMMITTED) {
      return List.of(new Judgment(INFO.id(), false,
          "it deters only if states commit to back it militarily with up to "
              + Numbers.grouped(situation.force().requiredMin()) + " troops (military backing: " + backing.label() + ")"));
    }
    return List.of();
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    MilitaryBacking backing = situation.zone().militaryBacking();
    situation.zone().mission()
        .filter(m -> m.type() == MissionType.PREVENTIVE_DEPLOYMENT && backing != MilitaryBacking.COMMITTED)
        .ifPresent(m -> out.accept(Finding.of(INFO.id(),
            backing == MilitaryBacking.NONE ? Severity.ERROR : Severity.WARNING, Topic.BACKING, "military_backing",
            m.name() + " deters only with committed military backing able to bring "
                + Numbers.grouped(situation.force().requiredMin()) + " troops if deterrence fails; backing is "
                + backing.label())));
  }
}
