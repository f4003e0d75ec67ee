package org.mdc.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mdc.model.Configuration;
import org.mdc.model.Zone;

/**
 * Every rule of the domain brief, with its parameters resolved from one rulebook, looked up by
 * id. Build it once per run and reuse it for every zone.
 */
public final class RuleSet {

  private final Rulebook rulebook;
  private final ForceDensity forceDensity;
  private final ForceParity forceParity;
  private final ForceRequired forceRequired;
  private final HelicopterRatio helicopterRatio;
  private final PoliticalMissionSize politicalMissionSize;
  private final Tripwires tripwires;
  private final Map<String, Rule> byId = new LinkedHashMap<>();

  private RuleSet(Rulebook rulebook) {
    this.rulebook = rulebook;
    this.forceDensity = new ForceDensity(rulebook.settingsFor(ForceDensity.INFO));
    this.forceParity = new ForceParity();
    this.forceRequired = new ForceRequired();
    this.helicopterRatio = new HelicopterRatio(rulebook.settingsFor(HelicopterRatio.INFO));
    this.politicalMissionSize = new PoliticalMissionSize(rulebook.settingsFor(PoliticalMissionSize.INFO));
    this.tripwires = new Tripwires();
    // The order is the order of the brief's table, and the order of the gap report.
    List<Rule> rules =
        List.of(
            forceDensity,
            forceParity,
            forceRequired,
            new Enablers(),
            helicopterRatio,
            new HelicopterShortfall(),
            new HostConsentRule(),
            new HostPerpetrator(),
            new BuyingTime(),
            new ReconcilableObjectives(),
            new DeterrenceCredibility(),
            tripwires,
            new ExistingPresenceRule(),
            new AtrocityMandate(),
            new Surveillance(),
            new MissionSecurity(),
            new PhaseFit(),
            politicalMissionSize,
            new SafeAreas(),
            new ArmedConflictContext(),
            new PoliticalLevers(),
            new OrganizationChoice(),
            new PoliceComponent(),
            new UseOfForceRule(),
            new Caveats(),
            new ProtectionByPresence(),
            new ReconfigurationTriggers(),
            new AreaCoverage(),
            new ConfigurationFit(),
            new ContradictoryInputs(),

            new Reconfiguration());
    for (Rule rule : rules) {
      byId.put(rule.id(), rule);
    }
  }

  /** The rules with the parameters of {@code rulebook}. */
  public static RuleSet of(Rulebook rulebook) {
    return new RuleSet(rulebook);
  }

  /** The rules with the sources' own parameters. */
  public static RuleSet defaults() {
    return of(Rulebook.defaults());
  }

  public Rulebook rulebook() {
    return rulebook;
  }

  /** Every rule, in the order of the brief. */
  public List<Rule> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Rule> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Troops the force-size rules require for {@code zone}. */
  public ForceRequirement forceRequirement(Zone zone) {
    return forceRequirement(zone.population(), zone.largestArmedForce().strength());
  }

  /** Troops the force-size rules require for {@code population} people facing {@code largestForce}. */
  public ForceRequirement forceRequirement(long population, org.mdc.model.Range largestForce) {
    return forceRequired.combine(forceDensity.required(population), forceParity.required(largestForce));
  }

  /**
   * Troops the force-size rules require for a population given as a range of estimates: the
   * minimum credible force from its low estimate, and the same at its high estimate.
   */
  public ForceRequirement forceRequirement(org.mdc.model.Range population, org.mdc.model.Range largestForce) {
    if (population.isSingle()) {
      return forceRequirement(population.min(), largestForce);
    }
    return forceRequired.combine(forceDensity.required(population), forceParity.required(largestForce),
        forceDensity.required(population.max()).min());
  }

  /** The zone with its force and helicopter figures, ready for the judging rules. */
  public Situation situation(Zone zone) {
    ForceRequirement force = forceRequirement(zone);
    return new Situation(zone, force, helicopterRatio.need(zone, force));
  }

  /** What every rule in force says about {@code configuration} in {@code situation}, in rule order. */
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    List<Judgment> judgments = new java.util.ArrayList<>();
    for (Rule rule : byId.values()) {
      if (!rulebook.isDisabled(rule.id())) {
        judgments.addAll(rule.judge(configuration, situation));
      }
    }
    return judgments;
  }

  /** The values of {@code rule}'s parameters under this rule set's rulebook, in declaration order. */
  public java.util.Map<String, java.math.BigDecimal> parameters(RuleInfo rule) {
    Rulebook.Settings settings = rulebook.settingsFor(rule);
    java.util.Map<String, java.math.BigDecimal> values = new LinkedHashMap<>();
    for (Parameter p : rule.parameters()) {
      values.put(p.name(), settings.value(p.name()));
    }
    return values;
  }

  /** The value of one parameter under this rule set's rulebook, written plainly ({@code 2}, {@code 2.5}). */
  public String parameter(RuleInfo rule, String name) {
    return Parameter.plain(rulebook.settingsFor(rule).value(name));
  }

  public HelicopterRatio helicopterRatio() {
    return helicopterRatio;
  }

  public Tripwires tripwires() {
    return tripwires;
  }

  public PoliticalMissionSize politicalMissionSize() {
    return politicalMissionSize;
  }
}
