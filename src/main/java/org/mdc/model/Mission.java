package org.mdc.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A mission deployed in the zone or proposed for it.
 *
 * @param name the mission's name, such as UNAMID
 * @param type political mission, preventive deployment, over-the-horizon force or peacekeeping
 * @param troops uniformed personnel (0 for a civilian mission), a range when only estimates exist
 * @param civilians civilian staff
 * @param helicopters helicopters the mission has, when known
 * @param helicoptersAuthorized helicopters its mandate authorizes, when known
 * @param tasks the tasks named in its mandate
 * @param tripwires the events that trigger an over-the-horizon force's deployment
 * @param staging where an over-the-horizon force waits, when given
 * @param responseHours hours from a tripwire to the force's arrival, when known
 * @param police police officers, when stated (0: none)
 * @param useOfForce the authority to use force its mandate gives, when stated
 * @param caveats national caveats that troop contributors attach to their troops
 * @param staffPolicy what its international staff do when danger rises, when stated
 * @param reporting how it reports and what reopens its mandate, when stated
 */
public record Mission(
    String name,
    MissionType type,
    Range troops,
    long civilians,
    OptionalLong helicopters,
    OptionalLong helicoptersAuthorized,
    Set<Task> tasks,
    List<String> tripwires,
    Optional<String> staging,
    OptionalLong responseHours,
    OptionalLong police,
    Optional<UseOfForce> useOfForce,
    List<String> caveats,
    Optional<StaffPolicy> staffPolicy,
    Optional<Reporting> reporting) {

  public Mission {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(troops, "troops");
    Objects.requireNonNull(helicopters, "helicopters");
    Objects.requireNonNull(helicoptersAuthorized, "helicoptersAuthorized");
    Objects.requireNonNull(staging, "staging");
    Objects.requireNonNull(responseHours, "responseHours");
    if (civilians < 0) {
      throw new IllegalArgumentException("negative headcount");
    }
    tasks = Set.copyOf(tasks);
    tripwires = List.copyOf(tripwires);
    Objects.requireNonNull(police, "police");
    Objects.requireNonNull(useOfForce, "useOfForce");
    caveats = List.copyOf(caveats);
    Objects.requireNonNull(staffPolicy, "staffPolicy");
    Objects.requireNonNull(reporting, "reporting");
    if (police.isPresent() && police.getAsLong() < 0) {
      throw new IllegalArgumentException("negative headcount");
    }
  }

  /** A mission that states none of police, use of force, caveats, staff policy or reporting. */
  public Mission(String name, MissionType type, Range troops, long civilians, OptionalLong helicopters,
      OptionalLong helicoptersAuthorized, Set<Task> tasks, List<String> tripwires, Optional<String> staging,
      OptionalLong responseHours) {
    this(name, type, troops, civilians, helicopters, helicoptersAuthorized, tasks, tripwires, staging, responseHours,
        OptionalLong.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  public boolean has(Task task) {
    return tasks.contains(task);
  }

  /** This mission with {@code value} troops. */
  public Mission withTroops(Range value) {
    return new Mission(name, type, value, civilians, helicopters, helicoptersAuthorized, tasks, tripwires, staging,
        responseHours, police, useOfForce, caveats, staffPolicy, reporting);
  }

  /** This mission with {@code value} helicopters of its own. */
  public Mission withHelicopters(OptionalLong value) {
    return new Mission(name, type, troops, civilians, value, helicoptersAuthorized, tasks, tripwires, staging,
        responseHours, police, useOfForce, caveats, staffPolicy, reporting);
  }
}
