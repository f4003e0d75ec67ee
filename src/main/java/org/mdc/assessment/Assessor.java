package org.mdc.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mdc.model.Configuration;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;
import org.mdc.model.Zone;
import org.mdc.rules.ConfigurationFit;
import org.mdc.rules.Finding;
import org.mdc.rules.Judgment;
import org.mdc.rules.MissionSecurity;
import org.mdc.rules.OrganizationChoice;
import org.mdc.rules.PoliticalMissionSize;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Rulebook;
import org.mdc.rules.Severity;
import org.mdc.rules.Situation;

/**
 * Runs every rule on a zone and the decision table, and gathers the result into an
 * {@link Assessment}. The same assessor serves {@code assess} and {@code check}: each rule
 * exists once. First the rules judge the configurations; then the table chooses the best feasible
 * one; then the rules report their gaps, knowing the choice, so that advice fits it.
 */
public final class Assessor {

  private final RuleSet rules;
  private final Feasibility feasibility;
  /** False for the gate's assessor: no sensitivity search and no assumptions. */
  private final boolean sensitivity;

  /** An assessor that also finds the values at which the answer would change (the sensitivity section). */
  public Assessor(RuleSet rules) {
    this(rules, true);
  }

  private Assessor(RuleSet rules, boolean sensitivity) {
    this.rules = rules;
    this.feasibility = new Feasibility() {
      @Override
      public List<Judgment> judge(Configuration configuration, Zone zone) {
        return rules.judge(configuration, rules.situation(zone));
      }
    };
    this.sensitivity = sensitivity;
  }

  /**
   * An assessor for the CI gate, which reads only the recommendation, the verdicts and the gaps:
   * its assessments leave the sensitivity section and the assumptions empty. The sensitivity
   * search re-assesses the zone a few hundred times, most of the time of one assessment; each
   * assumption re-runs the decision table.
   */
  public static Assessor forGate(RuleSet rules) {
    return new Assessor(rules, false);
  }

  public RuleSet rules() {
    return rules;
  }

  /** The decision table's recommendation alone, with the rules of this assessor judging feasibility. */
  public Recommendation recommend(Zone zone) {
    return DecisionTable.decide(zone, feasibility);
  }

  public Assessment assess(Zone zone) {
    Situation before = rules.situation(zone);
    Recommendation recommendation = recommend(zone);
    Situation situation = before.decided(recommendation.primary());
    List<ConfigurationVerdict> verdicts = new ArrayList<>();
    for (Configuration configuration : Configuration.values()) {
      verdicts.add(verdict(configuration, before, recommendation));
    }
    List<Finding> gaps = gaps(situation, recommendation);
    Optional<OrganizationChoice.Advice> organization = rules.rulebook().isDisabled(OrganizationChoice.INFO.id())
        ? Optional.empty()
        : Optional.of(OrganizationChoice.choose(zone, need(zone, recommendation)));
    boolean othRecommended = recommendation.isPrimary(Configuration.OVER_THE_HORIZON)
        || complementConfigurations(recommendation).contains(Configuration.OVER_THE_HORIZON);
    Optional<OverTheHorizonPlan> oth = othRecommended ? Optional.of(othPlan(situation)) : Optional.empty();
    return new Assessment(zone, rules.rulebook(), situation.force(), situation.helicopters(), recommendation,
        verdicts, gaps, sensitivity ? UnknownInput.of(situation, recommendation, decide) : List.of(),
        rules.politicalMissionSize().guidance(staffKind(zone, recommendation), zone.phase()), oth, organization,
        sensitivity ? NumericInput.of(zone, watched) : List.of());
  }

  // This class and the code it calls on every assess use classes and loops rather than lambdas
  // and method references: each of those is linked at its first use, about 85 microseconds in a
  // fresh JVM even from the class-data archive against about 10 for a class, and an assess
  // linked over a hundred of them (measured on 100 of each; README, "Start-up").

  /** The decision table alone, for the assumptions. */
  private final Function<Zone, Recommendation> decide = new Function<>() {
    @Override
    public Recommendation apply(Zone zone) {
      return recommend(zone);
    }
  };

  /** What the sensitivity search watches. */
  private final Function<Zone, NumericInput.Outcome> watched = new Function<>() {
    @Override
    public NumericInput.Outcome apply(Zone zone) {
      return outcome(zone);
    }
  };

  /** Collects a rule's gaps, with the rulebook's severity for the rule, if it sets one, on every gap not met. */
  private static final class Gaps implements Consumer<Finding> {
    private final List<Finding> gaps;
    private final Optional<Severity> severity;

    Gaps(List<Finding> gaps, Optional<Severity> severity) {
      this.gaps = gaps;
      this.severity = severity;
    }

    @Override
    public void accept(Finding gap) {
      gaps.add(gap.isMet() || severity.isEmpty() ? gap : gap.withSeverity(severity.get()));
    }
  }

  /**
   * The gap report of a situation whose primary is chosen by {@code recommendation}, with the
   * rulebook's severities.
   */
  private List<Finding> gaps(Situation situation, Recommendation recommendation) {
    List<Finding> gaps = new ArrayList<>();
    Rulebook book = rules.rulebook();
    for (Rule rule : rules.all()) {
      if (book.isDisabled(rule.id())) {
        continue;
      }
      // The rulebook's severity for the rule, if it sets one, replaces the rule's own on every gap not met.
      Optional<Severity> severity = book.severityOf(rule.id());
      rule.findGaps(situation, new Gaps(gaps, severity));
      if (rule.id().equals(ConfigurationFit.INFO.id())) {
        Optional<Finding> fit = configurationFit(situation.zone(), recommendation);
        if (fit.isPresent()) {
          gaps.add(severity.isEmpty() ? fit.get() : fit.get().withSeverity(severity.get()));
        }
      }
    }
    return gaps;
  }

  /**
   * What the sensitivity analysis watches when {@code zone} is assessed: the primary, the
   * governing minimum, the shortfalls.
   */
  private NumericInput.Outcome outcome(Zone zone) {
    Situation before = rules.situation(zone);
    Recommendation recommendation = recommend(zone);
    return NumericInput.Outcome.of(recommendation, before.force().densityGoverns(),
        gaps(before.decided(recommendation.primary()), recommendation));
  }

  /** The configuration-fit finding: the mission described against the row that fired, which only the table knows. */
  private static Optional<Finding> configurationFit(Zone zone, Recommendation rec) {
    List<Configuration> complements = complementConfigurations(rec);
    // Only row 1b insists on an office outside; rows 3b and 5 want one only if security forbids a visible presence.
    return ConfigurationFit.finding(zone, rec.primary(), rec.row().id() + " (" + rec.row().situation() + ")",
        rec.form(), complements, rec.row() == DecisionRow.REGIONAL_OFFICE_OUTSIDE);
  }

  /** The configurations among the complements of {@code rec}, in order. */
  private static List<Configuration> complementConfigurations(Recommendation rec) {
    List<Configuration> configurations = new ArrayList<>();
    for (Complement c : rec.complements()) {
      if (c.configuration().isPresent()) {
        configurations.add(c.configuration().get());
      }
    }
    return configurations;
  }

  /** True when the row wants its political mission in an office outside the country. */
  private static boolean basedOutside(Zone zone, DecisionRow row) {
    return row == DecisionRow.REGIONAL_OFFICE_OUTSIDE
        || (row == DecisionRow.RISING_TENSION || row == DecisionRow.PRESSING_THREAT_NO_DETERRENT)
            && MissionSecurity.highRisk(zone);
  }

  /** What the organization must run, from the row that fired. */
  private static OrganizationChoice.Need need(Zone zone, Recommendation rec) {
    if (rec.primary().isEmpty()) {
      return OrganizationChoice.Need.WATCH_FROM_OUTSIDE;
    }
    if (rec.row() == DecisionRow.AT_THE_RUBICON) {
      return OrganizationChoice.Need.MEDIATION_TEAM;
    }
    if (rec.primary().get() != Configuration.POLITICAL_MISSION) {
      return OrganizationChoice.Need.FORCE;
    }
    return basedOutside(zone, rec.row()) ? OrganizationChoice.Need.REGIONAL_OFFICE
        : OrganizationChoice.Need.POLITICAL_MISSION;
  }

  /** What kind of political mission the staff guidance is for: the one described, else the one recommended. */
  private static PoliticalMissionSize.Kind staffKind(Zone zone, Recommendation recommendation) {
    if (zone.mission().isPresent() && zone.mission().get().type().isPolitical()) {
      return PoliticalMissionSize.Kind.of(zone.mission().get());
    }
    return recommendation.row() == DecisionRow.REGIONAL_OFFICE_OUTSIDE
        ? PoliticalMissionSize.Kind.REGIONAL_OFFICE
        : PoliticalMissionSize.Kind.MEDIATION;
  }

  private ConfigurationVerdict verdict(Configuration configuration, Situation situation, Recommendation rec) {
    List<Judgment> judgments = rules.judge(configuration, situation);
    List<Reason> reasons = new ArrayList<>();
    ConfigurationVerdict.Role role;
    Optional<Complement> complement = Optional.empty();
    for (Complement c : rec.complements()) {
      if (c.configuration().equals(Optional.of(configuration))) {
        complement = Optional.of(c);
        break;
      }
    }
    if (rec.isPrimary(configuration)) {
      role = ConfigurationVerdict.Role.PRIMARY;
      reasons.add(new Reason(rec.row().basis(),
          "decision table row " + rec.row().id() + " (" + rec.row().situation() + "): " + rec.form()));
    } else if (complement.isPresent()) {
      role = ConfigurationVerdict.Role.COMPLEMENT;
      reasons.add(new Reason(complement.get().rule(), "as a complement: " + complement.get().role()));
    } else {
      role = ConfigurationVerdict.Role.NOT_CHOSEN;
      reasons.add(new Reason(rec.row().basis(), rec.primary().isPresent()
          ? "decision table row " + rec.row().id() + " prefers " + rec.form()
          : "decision table row " + rec.row().id() + ": no configuration is credible here"));
    }
    for (Judgment j : judgments) {
      reasons.add(new Reason(j.rule(), j.message()));
    }
    return new ConfigurationVerdict(configuration, verdict(Feasibility.heaviest(judgments), role), role, reasons);
  }

  /** The verdict from the heaviest judgment and the part the table gave the configuration. */
  static Verdict verdict(Judgment.Effect heaviest, ConfigurationVerdict.Role role) {
    switch (heaviest) {
      case UNSUITABLE:
        return Verdict.UNSUITABLE;
      case NOT_CREDIBLE:
        return Verdict.NOT_CREDIBLE;
      case CONDITION:
        return Verdict.CONDITIONAL;
      default:
        return role == ConfigurationVerdict.Role.NOT_CHOSEN ? Verdict.CONDITIONAL : Verdict.RECOMMENDED;
    }
  }

  private OverTheHorizonPlan othPlan(Situation situation) {
    Mission m = situation.zone().mission().orElse(null);
    boolean described = m != null && m.type() == MissionType.OVER_THE_HORIZON;
    return new OverTheHorizonPlan(
        described ? m.tripwires() : List.of(),
        described ? m.staging() : Optional.empty(),
        described ? m.responseHours() : OptionalLong.empty(),
        situation.force().required(),
        situation.helicopters().available());
  }
}
