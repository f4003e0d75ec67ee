package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Configuration;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.MissionType;

/**
 * {@code deterrence-credibility}: both deterrent tools, a preventive deployment and an
 * over-the-horizon force, deter only with a credible threat of offensive action, which takes
 * solid commitments to back them militarily. Committed backing makes them recommended,
 * uncertain or unknown backing conditional on that commitment, and no backing not credible.
 */
// Source: 000 Claes, "Atrocity Prevention through Deterrence: Preventive Deployments".
public final class DeterrenceCredibility implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "deterrence-credibility",
          "Deterrent tools (a preventive deployment, an over-the-horizon force) need committed military backing",
          new Source(Source.CLAES, "\"Atrocity Prevention through Deterrence: Preventive Deployments\""))
          .withSeverity(Severity.ERROR)
          .withExample("A contingency force that no state will commit troops to is no threat to a perpetrator: with"
              + " military_backing none both deterrent tools are not credible; with uncertain backing they are"
              + " conditional on that commitment.",
              Provenance.seed(Source.CLAES, "\"Atrocity Prevention through Deterrence: Preventive Deployments\"",
                  "to be an effective deterrent, the force has to maintain a credible threat of offensive action\"; \"The"
                      + " success of a preventive military mission relies on solid commitments to back the mission"
                      + " militarily in case compellence is required\"; \"a credible contingency unit deployable when"
                      + " identifiable tripwires are crossed"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static boolean deters(Configuration configuration) {
    return configuration == Configuration.PREVENTIVE_DEPLOYMENT || configuration == Configuration.OVER_THE_HORIZON;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    if (!deters(configuration)) {
      return List.of();
    }
    MilitaryBacking backing = situation.zone().militaryBacking();
    String force = Numbers.grouped(situation.force().required());
    if (backing == MilitaryBacking.NONE) {
      return List.of(Judgment.notCredible(INFO.id(),
          "no state will back it militarily, so the threat it rests on is not credible (military backing: none)"));
    }
    if (backing != MilitaryBacking.COMMITTED) {
      return List.of(Judgment.condition(INFO.id(),
          "it deters only if states commit to back it militarily, able to bring up to " + force
              + " troops (military backing: " + backing.label() + ")"));
    }
    return List.of();
  }

  /**
   * A described deterrent mission, or a deterrent the table recommends, gets the backing it rests on
   * in the gap report: none is an error, uncertain or unknown a warning; for a described deterrent,
   * committed backing is shown at info with what it must be able to bring if deterrence fails.
   */
  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    MilitaryBacking backing = situation.zone().militaryBacking();
    org.mdc.model.Mission m = situation.zone().mission().orElse(null);
    java.util.Optional<String> described =
        m != null && (m.type() == MissionType.PREVENTIVE_DEPLOYMENT || m.type() == MissionType.OVER_THE_HORIZON)
            ? java.util.Optional.of(m.name())
            : java.util.Optional.empty();
    java.util.Optional<String> deterrent = described;
    if (deterrent.isEmpty() && situation.primary().isPresent() && deters(situation.primary().get())) {
      deterrent = java.util.Optional.of("the " + situation.primary().get().title() + " recommended");
    }
    if (deterrent.isEmpty()) {
      return;
    }
    String bring = Numbers.grouped(situation.force().required());
    if (backing == MilitaryBacking.COMMITTED) {
      if (described.isEmpty()) {
        return; // the recommendation already says what a backing force must bring; nothing is missing
      }
      out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.BACKING, "military_backing",
          "backing for " + deterrent.get() + " is committed: it must be able to bring " + bring
              + " troops if deterrence fails, what the force-size rules ask of a force that protects civilians"));
      return;
    }
    out.accept(Finding.of(INFO.id(), backing == MilitaryBacking.NONE ? Severity.ERROR : Severity.WARNING, Topic.BACKING,
        "military_backing", deterrent.get() + " deters only with committed military backing able to bring " + bring
            + " troops if deterrence fails; backing is " + backing.label()));
  }
}
