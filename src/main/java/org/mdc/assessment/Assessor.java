package org.mdc.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mdc.model.Configuration;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;
import org.mdc.model.Zone;
import org.mdc.rules.Finding;
import org.mdc.rules.Judgment;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Rulebook;
import org.mdc.rules.Situation;

/**
 * Runs every rule on a zone and the decision table, and gathers the result into an
 * {@link Assessment}. The same assessor serves {@code assess}, {@code compare} and
 * {@code check}: each rule exists once.
 */
public final class Assessor {

  private final RuleSet rules;

  public Assessor(RuleSet rules) {
    this.rules = rules;
  }

  public RuleSet rules() {
    return rules;
  }

  public Assessment assess(Zone zone) {
    Situation situation = rules.situation(zone);
    Recommendation recommendation = DecisionTable.decide(zone);
    List<ConfigurationVerdict> verdicts = new ArrayList<>();
    for (Configuration configuration : Configuration.values()) {
      verdicts.add(verdict(configuration, situation, recommendation));
    }
    List<Finding> gaps = new ArrayList<>();
    Rulebook book = rules.rulebook();
    for (Rule rule : rules.all()) {
      if (book.isDisabled(rule.id())) {
        continue;
      }
      rule.findGaps(situation, gap -> gaps.add(
          gap.isMet() ? gap : book.severityOf(rule.id()).map(gap::withSeverity).orElse(gap)));
    }
    boolean othRecommended = recommendation.primary() == Configuration.OVER_THE_HORIZON
        || recommendation.complements().stream().anyMatch(c -> c.configuration() == Configuration.OVER_THE_HORIZON);
    Optional<OverTheHorizonPlan> oth = othRecommended ? Optional.of(othPlan(situation)) : Optional.empty();
    return new Assessment(zone, rules.rulebook(), situation.force(), situation.helicopters(), recommendation,
        verdicts, gaps, UnknownInput.of(zone, recommendation), rules.politicalMissionSize().guidance(zone.phase()), oth);
  }

  private ConfigurationVerdict verdict(Configuration configuration, Situation situation, Recommendation rec) {
    List<Judgment> judgments = new ArrayList<>();
    for (Rule rule : rules.all()) {
      if (!rules.rulebook().isDisabled(rule.id())) {
        judgments.addAll(rule.judge(configuration, situation));
      }
    }
    List<Reason> reasons = new ArrayList<>();
    ConfigurationVerdict.Role role;
    Optional<Complement> complement =
        rec.complements().stream().filter(c -> c.configuration() == configuration).findFirst();
    if (rec.primary() == configuration) {
      role = ConfigurationVerdict.Role.PRIMARY;
      reasons.add(new Reason(rec.row().basis(),
          "decision table row " + rec.row().number() + " (" + rec.row().situation() + "): " + rec.row().form()));
    } else if (complement.isPresent()) {
      role = ConfigurationVerdict.Role.COMPLEMENT;
      reasons.add(new Reason(complement.get().rule(), "as a complement: " + complement.get().role()));
    } else {
      role = ConfigurationVerdict.Role.NOT_CHOSEN;
      reasons.add(new Reason(rec.row().basis(),
          "decision table row " + rec.row().number() + " prefers " + rec.row().form()));
    }
    judgments.forEach(j -> reasons.add(new Reason(j.rule(), j.message())));
    boolean blocked = judgments.stream().anyMatch(Judgment::blocks);
    Verdict verdict = blocked
        ? Verdict.UNSUITABLE
        : role == ConfigurationVerdict.Role.NOT_CHOSEN ? Verdict.CONDITIONAL : Verdict.RECOMMENDED;
    return new ConfigurationVerdict(configuration, verdict, role, reasons);
  }

  private OverTheHorizonPlan othPlan(Situation situation) {
    Optional<Mission> oth = situation.zone().mission().filter(m -> m.type() == MissionType.OVER_THE_HORIZON);
    return new OverTheHorizonPlan(
        oth.map(Mission::tripwires).orElse(List.of()),
        oth.flatMap(Mission::staging),
        oth.map(Mission::responseHours).orElse(java.util.OptionalLong.empty()),
        rules.tripwires().tooSlowHours(),
        situation.force().requiredMin(),
        situation.helicopters().available());
  }
}
