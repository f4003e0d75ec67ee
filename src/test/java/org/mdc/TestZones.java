package org.mdc;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.mdc.model.Answer;
import org.mdc.model.ArmedForce;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.ExistingPresence;
import org.mdc.model.ForceKind;
import org.mdc.model.HostConsent;
import org.mdc.model.HostRole;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;
import org.mdc.model.Phase;
import org.mdc.model.Range;
import org.mdc.model.Reporting;
import org.mdc.model.StaffPolicy;
import org.mdc.model.Task;
import org.mdc.model.Threat;
import org.mdc.model.UseOfForce;
import org.mdc.model.Zone;

/** Zones and missions for tests, built from the sources' figures. */
public final class TestZones {

  private TestZones() {}

  /** A zone with every optional field unknown (helicopters not counted) and no mission. */
  public static Zone zone(long population, long largestForce) {
    return new Zone("Test zone", Range.of(population), ArmedForce.ofStrength(Range.of(largestForce)), Optional.empty(),
        HostConsent.FULL,
        HostRole.UNKNOWN, Threat.UNKNOWN, Phase.UNKNOWN, AtrocityRisk.UNKNOWN, Answer.UNKNOWN, Answer.UNKNOWN,
        MilitaryBacking.UNKNOWN, ExistingPresence.UNKNOWN, OptionalLong.empty(), Optional.empty());
  }

  /** Darfur, July 2014, as in 002 Table 1, with UNAMID (5 of 24 helicopters). */
  public static Zone darfur() {
    return new Zone("Darfur, Sudan", Range.of(6_000_000),
        new ArmedForce("Government forces", ForceKind.STATE, new Range(40_000, 45_000)), Optional.of(Range.of(5)),
        HostConsent.PARTIAL,
        HostRole.PERPETRATOR, Threat.REGIME, Phase.POST_RUBICON, AtrocityRisk.ONGOING, Answer.YES, Answer.UNKNOWN,
        MilitaryBacking.UNCERTAIN, ExistingPresence.PEACEKEEPING, OptionalLong.empty(),
        Optional.of(mission("UNAMID", MissionType.PEACEKEEPING, 15_362, Set.of(Task.PROTECTION_OF_CIVILIANS))
            .withHelicopters(5, 24).build()));
  }

  public static MissionBuilder mission(String name, MissionType type, long troops, Set<Task> tasks) {
    return new MissionBuilder(name, type, troops, tasks);
  }

  /** Builds missions for tests. */
  public static final class MissionBuilder {
    private final String name;
    private final MissionType type;
    private final long troops;
    private final Set<Task> tasks;
    private long civilians;
    private OptionalLong helicopters = OptionalLong.empty();
    private OptionalLong authorized = OptionalLong.empty();
    private List<String> tripwires = List.of();
    private Optional<String> staging = Optional.empty();
    private OptionalLong responseHours = OptionalLong.empty();
    private OptionalLong police = OptionalLong.empty();
    private Optional<UseOfForce> useOfForce = Optional.empty();
    private List<String> caveats = List.of();
    private Optional<StaffPolicy> staffPolicy = Optional.empty();
    private Optional<Reporting> reporting = Optional.empty();

    MissionBuilder(String name, MissionType type, long troops, Set<Task> tasks) {
      this.name = name;
      this.type = type;
      this.troops = troops;
      this.tasks = tasks;
    }

    public MissionBuilder withHelicopters(long deployed, long authorizedCount) {
      this.helicopters = OptionalLong.of(deployed);
      this.authorized = OptionalLong.of(authorizedCount);
      return this;
    }

    public MissionBuilder withCivilians(long count) {
      this.civilians = count;
      return this;
    }

    public MissionBuilder withTripwires(List<String> wires, String stagingArea, long hours) {
      this.tripwires = wires;
      this.staging = Optional.ofNullable(stagingArea);
      this.responseHours = hours < 0 ? OptionalLong.empty() : OptionalLong.of(hours);
      return this;
    }

    public MissionBuilder withPolice(long count) {
      this.police = OptionalLong.of(count);
      return this;
    }

    public MissionBuilder withUseOfForce(UseOfForce value) {
      this.useOfForce = Optional.of(value);
      return this;
    }

    public MissionBuilder withCaveats(List<String> values) {
      this.caveats = values;
      return this;
    }

    public MissionBuilder withStaffPolicy(StaffPolicy value) {
      this.staffPolicy = Optional.of(value);
      return this;
    }

    public MissionBuilder withReporting(Reporting value) {
      this.reporting = Optional.of(value);
      return this;
    }

    public Mission build() {
      return new Mission(name, type, Range.of(troops), civilians, helicopters, authorized, tasks, tripwires, staging, responseHours,
          police, useOfForce, caveats, staffPolicy, reporting);
    }
  }
}
