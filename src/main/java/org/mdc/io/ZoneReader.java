package org.mdc.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.mdc.model.Answer;
import org.mdc.model.ArmedForce;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.Capacity;
import org.mdc.model.ExistingPresence;
import org.mdc.model.ForceKind;
import org.mdc.model.HostConsent;
import org.mdc.model.HostRole;
import org.mdc.model.Limits;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;
import org.mdc.model.Organization;
import org.mdc.model.OrganizationKind;
import org.mdc.model.Phase;
import org.mdc.model.Range;
import org.mdc.model.Reporting;
import org.mdc.model.StaffPolicy;
import org.mdc.model.Task;
import org.mdc.model.Threat;
import org.mdc.model.UseOfForce;
import org.mdc.model.Zone;
import org.mdc.rules.Numbers;

/**
 * Reads a zone file (YAML) into a {@link Zone}, checking every field and collecting every
 * problem with its line, column and field. The field names are a contract with planners; see
 * the README's zone file reference.
 */
public final class ZoneReader {

  // The limits are the domain's (model.Limits); these names stay for the reader's own use.
  /** {@link Limits#MAX_POPULATION}. */
  public static final long MAX_POPULATION = Limits.MAX_POPULATION;
  /** {@link Limits#MAX_HEADCOUNT}. */
  public static final long MAX_HEADCOUNT = Limits.MAX_HEADCOUNT;
  /** {@link Limits#MAX_HELICOPTERS}. */
  public static final long MAX_HELICOPTERS = Limits.MAX_HELICOPTERS;
  /** {@link Limits#MAX_SNAPSHOTS}. */
  public static final int MAX_SNAPSHOTS = Limits.MAX_SNAPSHOTS;

  static final Set<String> ZONE_FIELDS =
      ordered("name", "population", "largest_armed_force", "helicopters", "host_consent", "host_role", "threat",
          "phase", "atrocities", "armed_conflict", "objectives_reconcilable", "military_backing", "existing_presence",
          "area_km2", "mission", "organizations", "date", "snapshots");
  static final Set<String> FORCE_FIELDS = ordered("name", "kind", "strength", "min", "max");
  /** The fields of a count given as a range of estimates: population, helicopters, mission.troops. */
  static final Set<String> RANGE_FIELDS = ordered("min", "max");
  static final Set<String> MISSION_FIELDS =
      ordered("name", "type", "troops", "civilians", "helicopters", "helicopters_authorized", "tasks", "tripwires",
          "staging", "response_hours", "police", "use_of_force", "caveats", "staff_policy", "reporting");
  static final Set<String> REPORTING_FIELDS = ordered("cadence_days", "triggers");
  static final Set<String> ORGANIZATION_FIELDS = ordered("name", "kind", "covers_zone", "willing", "capacity");
  /** Most candidate organizations a zone may list. */
  static final int MAX_ORGANIZATIONS = 100;

  private ZoneReader() {}

  /** Reads the zone in {@code bytes}, which came from {@code file}. */
  public static Parsed<ZoneDocument> read(String file, byte[] bytes) {
    Parsed<YamlNode> tree = YamlTree.parse(file, bytes);
    if (!tree.ok()) {
      return Parsed.failed(tree.problems());
    }
    Fields fields = new Fields(file);
    YamlNode root = tree.value().get();
    Optional<Zone> zone = zone(fields, root);
    if (!(root instanceof YamlNode.Mapping)) {
      return Parsed.failed(fields.problems());
    }
    YamlNode.Mapping m = (YamlNode.Mapping) root;
    Optional<YamlNode> dateNode = fields.value(m, "date");
    Optional<LocalDate> date = dateNode.isPresent() ? date(fields, dateNode.get(), "date") : Optional.empty();
    boolean baseOk = fields.problems().isEmpty() && zone.isPresent();
    List<ZoneDocument.Snapshot> snapshots = snapshots(fields, m, date, baseOk);
    if (!fields.problems().isEmpty() || zone.isEmpty()) {
      return Parsed.failed(fields.problems());
    }
    return Parsed.of(new ZoneDocument(file, zone.get(), fields.sourceMap(), date, snapshots));
  }

  /** The path of snapshot {@code number} (from 1), as messages and findings name it. */
  static String snapshotPath(int number) {
    return "snapshots[" + number + "]";
  }

  /** A date written as YYYY-MM-DD (ISO 8601), a day of the calendar. */
  private static Optional<LocalDate> date(Fields f, YamlNode node, String field) {
    String expected = "expected a date as YYYY-MM-DD (ISO 8601), such as 2013-12-05";
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).kind() == YamlNode.Scalar.Kind.STRING
        && ((YamlNode.Scalar) node).text().strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      String text = ((YamlNode.Scalar) node).text().strip();
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        f.problem(node.location(), field, text + " is not a day of the calendar: " + expected);
        return Optional.empty();
      }
    }
    f.problem(node.location(), field, expected + ", found " + node.describe());
    return Optional.empty();
  }

  /**
   * The snapshots of {@code root}, each resolved over the base and the good snapshots before it.
   * Their structure (a date in order, known fields, none that cannot change) is always checked;
   * their fields only when the base is good, so that a broken base field is reported once. A
   * broken snapshot is left out of what later ones build on, so that each problem is reported at
   * its own snapshot only.
   */
  private static List<ZoneDocument.Snapshot> snapshots(Fields f, YamlNode.Mapping root, Optional<LocalDate> baseDate,
      boolean baseOk) {
    Optional<YamlNode> value = f.value(root, "snapshots");
    if (value.isEmpty()) {
      return List.of();
    }
    String expected = "a list of snapshots, each a mapping with a date and the fields that change from that date on";
    if (!(value.get() instanceof YamlNode.Sequence) || ((YamlNode.Sequence) value.get()).items().isEmpty()) {
      f.problem(value.get().location(), "snapshots", "expected " + expected + ", found " + value.get().describe()
          + (value.get() instanceof YamlNode.Sequence ? " with nothing in it" : ""));
      return List.of();
    }
    if (((YamlNode.Sequence) value.get()).items().size() > MAX_SNAPSHOTS) {
      f.problem(value.get().location(), "snapshots", ((YamlNode.Sequence) value.get()).items().size()
          + " snapshots; at most " + Numbers.grouped(MAX_SNAPSHOTS) + " are read: keep the dates that matter");
      return List.of();
    }
    Map<String, YamlNode.Entry> current = new LinkedHashMap<>(root.entries());
    current.remove("snapshots");
    current.remove("date");
    LocalDate previous = baseDate.orElse(null);
    String previousWhat = "the base date";
    List<ZoneDocument.Snapshot> result = new ArrayList<>();
    List<YamlNode> items = ((YamlNode.Sequence) value.get()).items();
    for (int i = 0; i < items.size(); i++) {
      String path = snapshotPath(i + 1);
      Optional<YamlNode.Mapping> found =
          f.mapping(items.get(i), path, ZONE_FIELDS, "a date and the zone fields that change from that date on");
      if (found.isEmpty()) {
        continue;
      }
      YamlNode.Mapping m = found.get();
      int before = f.problems().size();
      for (Map.Entry<String, String> fixed : FIXED_IN_SNAPSHOTS.entrySet()) {
        YamlNode.Entry entry = m.entries().get(fixed.getKey());
        if (entry != null) {
          f.problem(entry.keyLocation(), path + "." + fixed.getKey(), fixed.getValue());
        }
      }
      Optional<LocalDate> date = Optional.empty();
      if (f.value(m, "date").isEmpty()) {
        f.missing(m, path, "date", "a date as YYYY-MM-DD (ISO 8601): the day from which this snapshot's fields hold");
      } else {
        YamlNode node = f.value(m, "date").get();
        date = date(f, node, path + ".date");
        if (date.isPresent() && previous != null && !date.get().isAfter(previous)) {
          f.problem(node.location(), path + ".date", date.get() + " is not after " + previousWhat + " (" + previous
              + "): list the snapshots in date order, each date once");
        }
        if (date.isPresent()) {
          previous = date.get();
          previousWhat = "the date of " + path;
        }
      }
      if (f.problems().size() > before || !baseOk) {
        continue;
      }
      Map<String, YamlNode.Entry> merged = new LinkedHashMap<>(current);
      for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
        if (!e.getKey().equals("date")) {
          merged.put(e.getKey(), e.getValue());
        }
      }
      Fields own = new Fields(f.file());
      Optional<Zone> zone = zone(own, new YamlNode.Mapping(m.location(), merged));
      if (!own.problems().isEmpty() || zone.isEmpty()) {
        own.problems().forEach(p -> f.add(new InputProblem(p.file(), p.location(),
            p.field().isEmpty() ? path : path + "." + p.field(), p.message())));
        continue;
      }
      current = merged;
      result.add(new ZoneDocument.Snapshot(i + 1, date.get(), zone.get(), own.sourceMap()));
    }
    return result;
  }

  /** The fields a snapshot cannot set, with why. */
  private static final Map<String, String> FIXED_IN_SNAPSHOTS = new java.util.TreeMap<>(Map.of(
      "name", "the name cannot change in a snapshot: a snapshot is the same zone at a later date",
      "snapshots", "snapshots do not nest: list every snapshot at the top level"));

  /** Loads a zone file that a mandate names, relative to the mandate. */
  @FunctionalInterface
  public interface ZoneLoader {
    /**
     * The bytes of {@code name}; throws when it cannot be read, with a message that completes
     * "the zone file 'NAME' ...", such as "cannot be read (no such file)".
     */
    byte[] load(String name) throws java.io.IOException;
  }

  static final Set<String> MANDATE_FIELDS = ordered("zone", "mission");

  /**
   * Reads a mandate draft: a zone file with a {@code mission} block (the mission being
   * authorized), or a file whose {@code zone} key names a zone file relative to itself, plus a
   * {@code mission} block.
   */
  public static Parsed<ZoneDocument> readMandate(String file, byte[] bytes, ZoneLoader loader) {
    Parsed<YamlNode> tree = YamlTree.parse(file, bytes);
    if (!tree.ok()) {
      return Parsed.failed(tree.problems());
    }
    YamlNode root = tree.value().get();
    boolean namesZone = root instanceof YamlNode.Mapping && ((YamlNode.Mapping) root).entries().containsKey("zone");
    if (!namesZone) {
      Parsed<ZoneDocument> zone = read(file, bytes);
      if (zone.ok() && zone.value().get().latest().zone().mission().isEmpty()) {
        return Parsed.failed(List.of(new InputProblem(file, Location.START, "mission",
            "a mandate draft needs a mission block: the mission being authorized")));
      }
      return zone;
    }
    Fields f = new Fields(file);
    YamlNode.Mapping m = f.mapping(root, "", MANDATE_FIELDS, "zone and mission").orElseThrow();
    Optional<String> zoneName = f.text(m, "", "zone", true);
    Optional<YamlNode> missionNode = f.value(m, "mission");
    if (missionNode.isEmpty()) {
      f.missing(m, "", "mission", "the mission being authorized (name, type, troops, ...)");
    }
    Optional<Mission> mission = missionNode.isPresent() ? mission(f, missionNode.get()) : Optional.empty();
    Optional<ZoneDocument> zone = Optional.empty();
    if (zoneName.isPresent()) {
      Location at = m.entries().get("zone").value().location();
      try {
        String zoneFile = java.nio.file.Path.of(file).resolveSibling(zoneName.get()).toString();
        byte[] zoneBytes = loader.load(zoneName.get());
        // The draft may name any file: only a file that looks like a zone has its problems shown,
        // so that a draft cannot print another file's lines (a secret, say) into a CI log.
        Parsed<YamlNode> zoneTree = YamlTree.parse(zoneFile, zoneBytes);
        if (!zoneTree.ok()) {
          f.problem(at, "zone", "the zone file '" + zoneName.get() + "' is not a zone file: it is not valid YAML"
              + " (line " + zoneTree.problems().get(0).location().line() + "); nothing of it is shown");
        } else if (!looksLikeZone(zoneTree.value().get())) {
          f.problem(at, "zone", "the zone file '" + zoneName.get() + "' is not a zone file: it has neither"
              + " population nor largest_armed_force; nothing of it is shown");
        } else {
          Parsed<ZoneDocument> parsed = read(zoneFile, zoneBytes);
          if (parsed.ok()) {
            zone = parsed.value();
          } else {
            parsed.problems().forEach(f::add);
          }
        }
      } catch (java.io.IOException e) {
        f.problem(at, "zone", "the zone file '" + zoneName.get() + "' " + e.getMessage());
      } catch (java.nio.file.InvalidPathException e) {
        f.problem(at, "zone", "'" + zoneName.get() + "' is not a file name");
      }
    }
    if (!f.problems().isEmpty() || zone.isEmpty() || mission.isEmpty()) {
      return Parsed.failed(f.problems());
    }
    // The draft's mission is the mission at every date of the zone's timeline.
    ZoneDocument named = zone.get();
    List<ZoneDocument.Snapshot> snapshots = new ArrayList<>();
    for (ZoneDocument.Snapshot s : named.snapshots()) {
      snapshots.add(new ZoneDocument.Snapshot(s.number(), s.date(), s.zone().withMission(mission.get()),
          s.sourceMap().overlay(f.sourceMap())));
    }
    return Parsed.of(new ZoneDocument(file, named.zone().withMission(mission.get()),
        named.sourceMap().overlay(f.sourceMap()), named.date(), snapshots));
  }

  private static final java.util.regex.Pattern MANDATE_MODELINE = java.util.regex.Pattern.compile(
      "\\A(?:[^\\n]*\\n){0,4}?#\\s*yaml-language-server:\\s*\\$schema=\\S*mandate\\.schema\\.json");
  private static final java.util.regex.Pattern MANDATE_KEY =
      java.util.regex.Pattern.compile("(?m)^[\"']?(mission|zone)[\"']?[ \\t]*:");

  /**
   * True when {@code bytes} look like a mandate draft, so that {@code mdc check} reads them when
   * it searches a folder that holds other YAML too (a compose file, a CI workflow): a schema
   * line naming the mandate schema in the first five lines, or a {@code mission} or {@code zone}
   * key at the top level (found in the text when the YAML is broken, so a broken draft is still
   * reported rather than skipped).
   */
  public static boolean looksLikeMandate(String file, byte[] bytes) {
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    if (MANDATE_MODELINE.matcher(text).find()) {
      return true;
    }
    Parsed<YamlNode> tree = YamlTree.parse(file, bytes);
    if (!tree.ok()) {
      return MANDATE_KEY.matcher(text).find();
    }
    return tree.value().get() instanceof YamlNode.Mapping
        && (((YamlNode.Mapping) tree.value().get()).entries().containsKey("mission")
            || ((YamlNode.Mapping) tree.value().get()).entries().containsKey("zone"));
  }

  /** True when {@code root} is a mapping with a field only a zone has: population or largest_armed_force. */
  static boolean looksLikeZone(YamlNode root) {
    return root instanceof YamlNode.Mapping && (((YamlNode.Mapping) root).entries().containsKey("population")
        || ((YamlNode.Mapping) root).entries().containsKey("largest_armed_force"));
  }

  private static Optional<Zone> zone(Fields f, YamlNode root) {
    Optional<YamlNode.Mapping> found = f.mapping(root, "", ZONE_FIELDS, "zone fields (name, population, ...)");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Mapping m = found.get();
    Optional<String> name = f.text(m, "", "name", true);
    Optional<Range> population = count(f, m, "", "population", true, 1, MAX_POPULATION);
    Optional<ArmedForce> force = largestForce(f, m);
    // Left out when nobody counted them: an assumption of the report, never a silent zero.
    Optional<Range> helicopters = count(f, m, "", "helicopters", false, 0, MAX_HELICOPTERS);
    // Consent decides which missions can deploy, so a zone file must state it: no "unknown".
    Optional<YamlNode> consentNode = f.value(m, "host_consent");
    Optional<HostConsent> consent = consentNode.isPresent()
        ? f.choice(consentNode.get(), "host_consent", HostConsent.class, List.of("full", "partial", "none"))
        : Optional.empty();
    if (consentNode.isEmpty()) {
      f.missing(m, "", "host_consent", "one of full, partial, none");
    }
    HostRole role = f.choice(m, "", "host_role", HostRole.class, false).orElse(HostRole.UNKNOWN);
    Threat threat = f.choice(m, "", "threat", Threat.class, false).orElse(Threat.UNKNOWN);
    Phase phase = f.choice(m, "", "phase", Phase.class, false).orElse(Phase.UNKNOWN);
    AtrocityRisk atrocities = f.choice(m, "", "atrocities", AtrocityRisk.class, false).orElse(AtrocityRisk.UNKNOWN);
    Answer armedConflict = answer(f, m, "armed_conflict");
    Answer reconcilable = answer(f, m, "objectives_reconcilable");
    MilitaryBacking backing =
        f.choice(m, "", "military_backing", MilitaryBacking.class, false).orElse(MilitaryBacking.UNKNOWN);
    List<ExistingPresence> presences = presences(f, m);
    ExistingPresence presence = presences.isEmpty() ? ExistingPresence.UNKNOWN : presences.get(0);
    OptionalLong area = f.whole(m, "", "area_km2", false, 1, 1_000_000_000L);
    Optional<YamlNode> missionNode = f.value(m, "mission");
    Optional<Mission> mission = missionNode.isPresent() ? mission(f, missionNode.get()) : Optional.empty();
    boolean missionBroken = missionNode.isPresent() && mission.isEmpty();
    List<Organization> organizations = organizations(f, m);
    if (name.isEmpty() || population.isEmpty() || force.isEmpty() || consent.isEmpty()
        || missionBroken || !f.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Zone(name.get(), population.get(), force.get(), helicopters,
        consent.get(), role, threat, phase, atrocities, armedConflict, reconcilable, backing, presence, area, mission,
        organizations, presences));
  }

  /**
   * {@code existing_presence}: one value, or a list of the presences on the ground, each once;
   * none and unknown stand alone. Empty when the field is left out or broken.
   */
  private static List<ExistingPresence> presences(Fields f, YamlNode.Mapping m) {
    String field = "existing_presence";
    Optional<YamlNode> value = f.value(m, field);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!(value.get() instanceof YamlNode.Sequence)) {
      Optional<ExistingPresence> one = f.choice(value.get(), field, ExistingPresence.class);
      return one.isPresent() ? List.of(one.get()) : List.of();
    }
    List<YamlNode> items = ((YamlNode.Sequence) value.get()).items();
    List<String> labels = new java.util.ArrayList<>();
    for (ExistingPresence p : ExistingPresence.values()) {
      if (p.isPresence()) {
        labels.add(p.label());
      }
    }
    if (items.isEmpty()) {
      f.problem(value.get().location(), field, "expected one or more of " + String.join(", ", labels)
          + " in the list; write none when there is no presence");
      return List.of();
    }
    int before = f.problems().size();
    List<ExistingPresence> result = new java.util.ArrayList<>();
    for (YamlNode item : items) {
      Optional<ExistingPresence> parsed = f.choice(item, field, ExistingPresence.class);
      if (parsed.isEmpty()) {
        continue;
      }
      if (!parsed.get().isPresence()) {
        f.problem(item.location(), field, parsed.get().label() + " stands alone, not in a list: write"
            + " existing_presence: " + parsed.get().label() + ", or list the presences (" + String.join(", ", labels)
            + ")");
      } else if (result.contains(parsed.get())) {
        f.problem(item.location(), field, parsed.get().label() + " is listed twice: list each presence once");
      } else {
        result.add(parsed.get());
      }
    }
    return f.problems().size() > before ? List.of() : List.copyOf(result);
  }

  private static Optional<ArmedForce> largestForce(Fields f, YamlNode.Mapping zone) {
    Optional<YamlNode> value = f.value(zone, "largest_armed_force");
    String field = "largest_armed_force";
    if (value.isEmpty()) {
      f.missing(zone, "", field, "a whole number, or a mapping with name, kind and strength (or min and max)");
      return Optional.empty();
    }
    YamlNode node = value.get();
    if (node instanceof YamlNode.Scalar) {
      OptionalLong strength = f.whole(node, field, 0, MAX_HEADCOUNT);
      return strength.isPresent() ? Optional.of(ArmedForce.ofStrength(Range.of(strength.getAsLong()))) : Optional.empty();
    }
    Optional<YamlNode.Mapping> found = f.mapping(node, field, FORCE_FIELDS, "name, kind and strength (or min and max)");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Mapping m = found.get();
    String name = f.text(m, field, "name", false).orElse("");
    ForceKind kind = f.choice(m, field, "kind", ForceKind.class, false).orElse(ForceKind.UNKNOWN);
    boolean hasStrength = m.entries().containsKey("strength");
    boolean hasRange = m.entries().containsKey("min") || m.entries().containsKey("max");
    if (hasStrength && hasRange) {
      f.problem(m.location(), field, "give either strength or min and max, not both");
      return Optional.empty();
    }
    if (hasStrength) {
      OptionalLong strength = f.whole(m, field, "strength", true, 0, MAX_HEADCOUNT);
      return strength.isPresent()
          ? Optional.of(new ArmedForce(name, kind, Range.of(strength.getAsLong())))
          : Optional.empty();
    }
    if (!hasRange) {
      f.problem(m.location(), field, "expected strength, or min and max: how many fighters the force has");
      return Optional.empty();
    }
    Optional<Range> strength = minMax(f, m, field, 0, MAX_HEADCOUNT);
    return strength.isPresent() ? Optional.of(new ArmedForce(name, kind, strength.get())) : Optional.empty();
  }

  /**
   * A count that may be one figure or a range of estimates, {@code {min: N, max: N}}, each end
   * from {@code lo} to {@code hi}: read as the largest armed force's min and max are.
   */
  private static Optional<Range> count(
      Fields f, YamlNode.Mapping parent, String path, String key, boolean required, long lo, long hi) {
    Optional<YamlNode> value = f.value(parent, key);
    String field = Fields.join(path, key);
    if (value.isEmpty() || value.get() instanceof YamlNode.Scalar) {
      OptionalLong single = f.whole(parent, path, key, required, lo, hi);
      return single.isPresent() ? Optional.of(Range.of(single.getAsLong())) : Optional.empty();
    }
    Optional<YamlNode.Mapping> found = f.mapping(value.get(), field, RANGE_FIELDS,
        "min and max (a range of estimates), or write one whole number");
    return found.isPresent() ? minMax(f, found.get(), field, lo, hi) : Optional.empty();
  }

  /** The {@code min} and {@code max} of {@code m}, both required, the first not above the second. */
  private static Optional<Range> minMax(Fields f, YamlNode.Mapping m, String field, long lo, long hi) {
    OptionalLong min = f.whole(m, field, "min", true, lo, hi);
    OptionalLong max = f.whole(m, field, "max", true, lo, hi);
    if (min.isEmpty() || max.isEmpty()) {
      return Optional.empty();
    }
    if (min.getAsLong() > max.getAsLong()) {
      f.problem(m.entries().get("min").keyLocation(), field + ".min",
          "min (" + min.getAsLong() + ") is above max (" + max.getAsLong() + ")");
      return Optional.empty();
    }
    return Optional.of(new Range(min.getAsLong(), max.getAsLong()));
  }

  private static Optional<Mission> mission(Fields f, YamlNode node) {
    String path = "mission";
    Optional<YamlNode.Mapping> found = f.mapping(node, path, MISSION_FIELDS, "mission fields (name, type, troops, ...)");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Mapping m = found.get();
    int before = f.problems().size();
    String name = f.text(m, path, "name", false).orElse("the mission");
    Optional<MissionType> type = f.choice(m, path, "type", MissionType.class, true);
    Range troops = count(f, m, path, "troops", false, 0, MAX_HEADCOUNT).orElse(Range.of(0));
    long civilians = f.whole(m, path, "civilians", false, 0, MAX_HEADCOUNT).orElse(0);
    OptionalLong helicopters = f.whole(m, path, "helicopters", false, 0, MAX_HELICOPTERS);
    OptionalLong authorized = f.whole(m, path, "helicopters_authorized", false, 0, MAX_HELICOPTERS);
    Set<Task> tasks = f.choices(m, path, "tasks", Task.class);
    List<String> tripwires = f.texts(m, path, "tripwires");
    Optional<String> staging = nonBlank(f.text(m, path, "staging", false));
    OptionalLong responseHours = f.whole(m, path, "response_hours", false, 0, 100_000);
    OptionalLong police = f.whole(m, path, "police", false, 0, MAX_HEADCOUNT);
    Optional<UseOfForce> useOfForce = f.choice(m, path, "use_of_force", UseOfForce.class, false);
    List<String> caveats = f.texts(m, path, "caveats");
    Optional<StaffPolicy> staffPolicy = f.choice(m, path, "staff_policy", StaffPolicy.class, false);
    Optional<YamlNode> reportingNode = f.value(m, "reporting");
    Optional<Reporting> reporting = reportingNode.isPresent()
        ? reporting(f, reportingNode.get(), path + ".reporting")
        : Optional.empty();
    if (type.isEmpty() || f.problems().size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Mission(name, type.get(), troops, civilians, helicopters, authorized, tasks, tripwires,
        staging, responseHours, police, useOfForce, caveats, staffPolicy, reporting));
  }

  private static Optional<Reporting> reporting(Fields f, YamlNode node, String path) {
    Optional<YamlNode.Mapping> found = f.mapping(node, path, REPORTING_FIELDS, "cadence_days and triggers");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Mapping m = found.get();
    OptionalLong cadence = f.whole(m, path, "cadence_days", false, 1, 3_660);
    List<String> triggers = f.texts(m, path, "triggers");
    return Optional.of(new Reporting(cadence, triggers));
  }

  /** The candidate organizations, each a mapping; a problem for each field at fault, at its line. */
  private static List<Organization> organizations(Fields f, YamlNode.Mapping zone) {
    List<Organization> result = new java.util.ArrayList<>();
    List<YamlNode> items = f.list(zone, "", "organizations", "organizations (name, kind, covers_zone, willing,"
        + " capacity)");
    if (items.size() > MAX_ORGANIZATIONS) {
      f.problem(items.get(MAX_ORGANIZATIONS).location(), "organizations",
          "at most " + MAX_ORGANIZATIONS + " organizations may be listed");
      return result;
    }
    for (int i = 0; i < items.size(); i++) {
      String path = "organizations[" + (i + 1) + "]";
      Optional<YamlNode.Mapping> found = f.mapping(items.get(i), path, ORGANIZATION_FIELDS,
          "organization fields (name, kind, covers_zone, willing, capacity)");
      if (found.isEmpty()) {
        continue;
      }
      YamlNode.Mapping m = found.get();
      Optional<String> name = nonBlank(f.text(m, path, "name", true));
      Optional<OrganizationKind> kind = f.choice(m, path, "kind", OrganizationKind.class, true);
      Answer covers = answer(f, m, path, "covers_zone");
      Answer willing = answer(f, m, path, "willing");
      Capacity capacity = f.choice(m, path, "capacity", Capacity.class, false).orElse(Capacity.UNKNOWN);
      if (name.isPresent() && kind.isPresent()) {
        result.add(new Organization(name.get(), kind.get(), covers, willing, capacity));
      } else if (f.value(m, "name").isPresent() && name.isEmpty()) {
        f.problem(m.entries().get("name").value().location(), Fields.join(path, "name"),
            "expected the organization's name, found blank text");
      }
    }
    return result;
  }

  /** yes, no or unknown; YAML's true and false are taken as yes and no. */
  private static Answer answer(Fields f, YamlNode.Mapping m, String key) {
    return answer(f, m, "", key);
  }

  /** As {@link #answer(Fields, YamlNode.Mapping, String)}, for a field of the mapping at {@code path}. */
  private static Answer answer(Fields f, YamlNode.Mapping m, String path, String key) {
    Optional<YamlNode> value = f.value(m, key);
    if (value.isEmpty()) {
      return Answer.UNKNOWN;
    }
    YamlNode node = value.get();
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).kind() == YamlNode.Scalar.Kind.TRUE) {
      return Answer.YES;
    }
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).kind() == YamlNode.Scalar.Kind.FALSE) {
      return Answer.NO;
    }
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).kind() == YamlNode.Scalar.Kind.STRING) {
      String text = ((YamlNode.Scalar) node).text().strip().toLowerCase(java.util.Locale.ROOT);
      if (text.equals("true")) {
        return Answer.YES;
      }
      if (text.equals("false")) {
        return Answer.NO;
      }
    }
    return f.choice(node, Fields.join(path, key), Answer.class).orElse(Answer.UNKNOWN);
  }

  private static Set<String> ordered(String... names) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
  }

  /**
   * {@code text} unless it is blank. Here and throughout the reader, Optional values are tested
   * rather than mapped with lambdas: each lambda is linked on first use, about 85 microseconds of
   * every assess and check, and the reader had a dozen on its usual path.
   */
  private static Optional<String> nonBlank(Optional<String> text) {
    return text.isPresent() && !text.get().isBlank() ? text : Optional.empty();
  }
}
