package org.mdc.io;

import java.util.LinkedHashSet;
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
import org.mdc.model.Task;
import org.mdc.model.Threat;
import org.mdc.model.Zone;

/**
 * Reads a zone file (YAML) into a {@link Zone}, checking every field and collecting every
 * problem with its line, column and field. The field names are a contract with planners; see
 * the README's zone file reference.
 */
public final class ZoneReader {

  /** Largest population accepted: ten times the world's. */
  public static final long MAX_POPULATION = 100_000_000_000L;
  /** Largest armed force, troop or staff count accepted. */
  public static final long MAX_HEADCOUNT = 1_000_000_000L;
  /** Largest helicopter count accepted. */
  public static final long MAX_HELICOPTERS = 1_000_000L;

  static final Set<String> ZONE_FIELDS =
      ordered("name", "population", "largest_armed_force", "helicopters", "host_consent", "host_role", "threat",
          "phase", "atrocities", "armed_conflict", "objectives_reconcilable", "military_backing", "existing_presence",
          "area_km2", "mission");
  static final Set<String> FORCE_FIELDS = ordered("name", "kind", "strength", "min", "max");
  /** The fields of a count given as a range of estimates: population, helicopters, mission.troops. */
  static final Set<String> RANGE_FIELDS = ordered("min", "max");
  static final Set<String> MISSION_FIELDS =
      ordered("name", "type", "troops", "civilians", "helicopters", "helicopters_authorized", "tasks", "tripwires",
          "staging", "response_hours");

  private ZoneReader() {}

  /** Reads the zone in {@code bytes}, which came from {@code file}. */
  public static Parsed<ZoneDocument> read(String file, byte[] bytes) {
    Parsed<YamlNode> tree = YamlTree.parse(file, bytes);
    if (!tree.ok()) {
      return Parsed.failed(tree.problems());
    }
    Fields fields = new Fields(file);
    Optional<Zone> zone = zone(fields, tree.value().get());
    if (!fields.problems().isEmpty() || zone.isEmpty()) {
      return Parsed.failed(fields.problems());
    }
    return Parsed.of(new ZoneDocument(file, zone.get(), fields.sourceMap()));
  }

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
      if (zone.ok() && zone.value().get().zone().mission().isEmpty()) {
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
    Optional<Mission> mission = missionNode.flatMap(node -> mission(f, node));
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
    return Parsed.of(new ZoneDocument(file, zone.get().zone().withMission(mission.get()),
        zone.get().sourceMap().overlay(f.sourceMap())));
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
    Optional<HostConsent> consent = f.value(m, "host_consent")
        .flatMap(node -> f.choice(node, "host_consent", HostConsent.class, List.of("full", "partial", "none")));
    if (f.value(m, "host_consent").isEmpty()) {
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
    ExistingPresence presence =
        f.choice(m, "", "existing_presence", ExistingPresence.class, false).orElse(ExistingPresence.UNKNOWN);
    OptionalLong area = f.whole(m, "", "area_km2", false, 1, 1_000_000_000L);
    Optional<Mission> mission = f.value(m, "mission").flatMap(node -> mission(f, node));
    boolean missionBroken = f.value(m, "mission").isPresent() && mission.isEmpty();
    if (name.isEmpty() || population.isEmpty() || force.isEmpty() || consent.isEmpty()
        || missionBroken || !f.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Zone(name.get(), population.get(), force.get(), helicopters,
        consent.get(), role, threat, phase, atrocities, armedConflict, reconcilable, backing, presence, area, mission));
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
    return minMax(f, m, field, 0, MAX_HEADCOUNT).map(range -> new ArmedForce(name, kind, range));
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
    return found.flatMap(m -> minMax(f, m, field, lo, hi));
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
    Optional<String> staging = f.text(m, path, "staging", false).filter(s -> !s.isBlank());
    OptionalLong responseHours = f.whole(m, path, "response_hours", false, 0, 100_000);
    if (type.isEmpty() || f.problems().size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Mission(name, type.get(), troops, civilians, helicopters, authorized, tasks, tripwires,
        staging, responseHours));
  }

  /** yes, no or unknown; YAML's true and false are taken as yes and no. */
  private static Answer answer(Fields f, YamlNode.Mapping m, String key) {
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
    return f.choice(node, key, Answer.class).orElse(Answer.UNKNOWN);
  }

  private static Set<String> ordered(String... names) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
  }
}
