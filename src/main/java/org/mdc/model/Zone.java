package org.mdc.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A crisis zone as a planner describes it: who is at risk, who holds the guns, what the host
 * government does, and what mission (if any) is there or proposed. Unknown facts are the
 * {@code UNKNOWN} constants or empty optionals, never null; {@code helicopters} is empty when the
 * planner has not counted them; {@code organizations} lists the candidates to mandate and run a
 * mission, empty when the planner names none; {@code presences} lists every presence on the
 * ground, in the planner's order, and {@code existingPresence} is the first of them (the only
 * one, in most zones). The population and the helicopters are ranges when the planner has
 * only estimates ("70,000 to 330,000"); a single figure is a range whose ends are equal.
 */
public record Zone(
    String name,
    Range population,
    ArmedForce largestArmedForce,
    Optional<Range> helicopters,
    HostConsent hostConsent,
    HostRole hostRole,
    Threat threat,
    Phase phase,
    AtrocityRisk atrocities,
    Answer armedConflict,
    Answer objectivesReconcilable,
    MilitaryBacking militaryBacking,
    ExistingPresence existingPresence,
    OptionalLong areaKm2,
    Optional<Mission> mission,
    List<Organization> organizations,
    List<ExistingPresence> presences) {

  public Zone {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(largestArmedForce, "largestArmedForce");
    Objects.requireNonNull(helicopters, "helicopters");
    Objects.requireNonNull(hostConsent, "hostConsent");
    Objects.requireNonNull(hostRole, "hostRole");
    Objects.requireNonNull(threat, "threat");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(atrocities, "atrocities");
    Objects.requireNonNull(armedConflict, "armedConflict");
    Objects.requireNonNull(objectivesReconcilable, "objectivesReconcilable");
    Objects.requireNonNull(militaryBacking, "militaryBacking");
    Objects.requireNonNull(existingPresence, "existingPresence");
    Objects.requireNonNull(areaKm2, "areaKm2");
    Objects.requireNonNull(mission, "mission");
    organizations = List.copyOf(organizations);
    Objects.requireNonNull(presences, "presences");
    presences = presences.isEmpty() ? List.of(existingPresence) : List.copyOf(presences);
    if (presences.get(0) != existingPresence) {
      throw new IllegalArgumentException("the existing presence must be the first of the presences: " + presences);
    }
    if (presences.size() > 1) {
      for (ExistingPresence p : presences) {
        if (!p.isPresence()) {
          throw new IllegalArgumentException("none and unknown stand alone, never in a list: " + presences);
        }
      }
    }
    if (new java.util.HashSet<>(presences).size() != presences.size()) {
      throw new IllegalArgumentException("each presence is listed once: " + presences);
    }
    if (population.min() <= 0) {
      throw new IllegalArgumentException("population must be above zero: " + population.min());
    }
  }

  /** A zone with no candidate organizations and one presence on the ground (or none, or unknown). */
  public Zone(String name, Range population, ArmedForce largestArmedForce, Optional<Range> helicopters,
      HostConsent hostConsent, HostRole hostRole, Threat threat, Phase phase, AtrocityRisk atrocities,
      Answer armedConflict, Answer objectivesReconcilable, MilitaryBacking militaryBacking,
      ExistingPresence existingPresence, OptionalLong areaKm2, Optional<Mission> mission) {
    this(name, population, largestArmedForce, helicopters, hostConsent, hostRole, threat, phase, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, List.of(), List.of());
  }

  /** True when {@code presence} is one of the presences on the ground. */
  public boolean hasPresence(ExistingPresence presence) {
    return presences.contains(presence);
  }

  /** True when the regime is, by the planner's account, mainly responsible for the threat. */
  public boolean regimeIsPerpetrator() {
    return hostRole == HostRole.PERPETRATOR || threat == Threat.REGIME;
  }

  /**
   * Helicopters at hand: the mission's own when it states them, else those in the zone; empty when
   * neither is counted.
   */
  public Optional<Range> helicoptersAtHand() {
    if (mission.isPresent() && mission.get().helicopters().isPresent()) {
      return Optional.of(Range.of(mission.get().helicopters().getAsLong()));
    }
    return helicopters;
  }

  /** The mission's type, if a mission is described. */
  public Optional<MissionType> missionType() {
    return mission.isPresent() ? Optional.of(mission.get().type()) : Optional.empty();
  }

  public Zone withHostRole(HostRole value) {
    return new Zone(name, population, largestArmedForce, helicopters, hostConsent, value, threat, phase, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, organizations, presences);
  }

  public Zone withThreat(Threat value) {
    return new Zone(name, population, largestArmedForce, helicopters, hostConsent, hostRole, value, phase, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, organizations, presences);
  }

  public Zone withPhase(Phase value) {
    return new Zone(name, population, largestArmedForce, helicopters, hostConsent, hostRole, threat, value, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, organizations, presences);
  }

  public Zone withAtrocities(AtrocityRisk value) {
    return new Zone(name, population, largestArmedForce, helicopters, hostConsent, hostRole, threat, phase, value,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, organizations, presences);
  }

  public Zone withMilitaryBacking(MilitaryBacking value) {
    return new Zone(name, population, largestArmedForce, helicopters, hostConsent, hostRole, threat, phase, atrocities,
        armedConflict, objectivesReconcilable, value, existingPresence, areaKm2, mission, organizations, presences);
  }

  public Zone withObjectivesReconcilable(Answer value) {
    return new Zone(name, population, largestArmedForce, helicopters, hostConsent, hostRole, threat, phase, atrocities,
        armedConflict, value, militaryBacking, existingPresence, areaKm2, mission, organizations, presences);
  }

  public Zone withHostConsent(HostConsent value) {
    return new Zone(name, population, largestArmedForce, helicopters, value, hostRole, threat, phase, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, organizations, presences);
  }

  public Zone withHelicopters(Optional<Range> value) {
    return new Zone(name, population, largestArmedForce, value, hostConsent, hostRole, threat, phase, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, organizations, presences);
  }

  public Zone withExistingPresence(ExistingPresence value) {
    return new Zone(name, population, largestArmedForce, helicopters, hostConsent, hostRole, threat, phase, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, value, areaKm2, mission, organizations, List.of());
  }

  public Zone withArmedConflict(Answer value) {
    return new Zone(name, population, largestArmedForce, helicopters, hostConsent, hostRole, threat, phase, atrocities,
        value, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, organizations, presences);
  }

  public Zone withMission(Mission value) {
    return new Zone(name, population, largestArmedForce, helicopters, hostConsent, hostRole, threat, phase, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, Optional.of(value),
        organizations, presences);
  }

  public Zone withOrganizations(List<Organization> value) {
    return new Zone(name, population, largestArmedForce, helicopters, hostConsent, hostRole, threat, phase, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, value, presences);
  }

  public Zone withPopulation(Range value) {
    return new Zone(name, value, largestArmedForce, helicopters, hostConsent, hostRole, threat, phase, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, organizations,
        presences);
  }

  public Zone withLargestArmedForce(ArmedForce value) {
    return new Zone(name, population, value, helicopters, hostConsent, hostRole, threat, phase, atrocities,
        armedConflict, objectivesReconcilable, militaryBacking, existingPresence, areaKm2, mission, organizations,
        presences);
  }
}
