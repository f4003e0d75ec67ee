package org.mdc.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdc.model.Answer;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.Capacity;
import org.mdc.model.Choice;
import org.mdc.model.ExistingPresence;
import org.mdc.model.ForceKind;
import org.mdc.model.HostConsent;
import org.mdc.model.HostRole;
import org.mdc.model.Limits;
import org.mdc.model.MilitaryBacking;
import org.mdc.model.MissionType;
import org.mdc.model.OrganizationKind;
import org.mdc.model.Phase;
import org.mdc.model.StaffPolicy;
import org.mdc.model.Task;
import org.mdc.model.Threat;
import org.mdc.model.UseOfForce;
import org.mdc.rules.Parameter;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleInfo;
import org.mdc.rules.RuleSet;

/**
 * JSON Schemas (draft 2020-12) of the three inputs, generated from the same field lists, enums
 * and limits the readers use, so an editor's checks and {@code mdc}'s cannot drift apart.
 */
public final class InputSchemas {

  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String BASE = "urn:mdc:schema:";

  /** The inputs there is a schema for. */
  public enum Kind {
    zone,
    mandate,
    rules,
    config
  }

  private InputSchemas() {}

  /** The schema of {@code kind}, as pretty-printed JSON. */
  public static String json(Kind kind) {
    Map<String, Object> schema;
    switch (kind) {
      case mandate:
        schema = mandate();
        break;
      case rules:
        schema = rules();
        break;
      case config:
        schema = config();
        break;
      default:
        schema = zone();
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a schema is plain maps and cannot fail to serialize", e);
    }
  }

  private static Map<String, Object> header(String id, String title, String description) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("$schema", DIALECT);
    s.put("$id", BASE + id);
    s.put("title", title);
    s.put("description", description);
    return s;
  }

  static Map<String, Object> zone() {
    Map<String, Object> s = header("zone", "mdc zone file",
        "A crisis zone for 'mdc assess': who is at risk, who holds the guns, what the host does, and the mission"
            + " deployed or proposed. Optional fields left out are unknown.");
    s.putAll(zoneBody(false));
    s.put("$defs", obj("mission", mission()));
    return s;
  }

  private static Map<String, Object> zoneBody(boolean missionRequired) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "object");
    Map<String, Object> p = new LinkedHashMap<>();
    for (String field : ZoneReader.ZONE_FIELDS) {
      p.put(field, zoneField(field));
    }
    body.put("properties", p);
    List<String> required = new ArrayList<>(List.of("name", "population", "largest_armed_force", "host_consent"));
    if (missionRequired) {
      required.add("mission");
    }
    body.put("required", required);
    body.put("additionalProperties", false);
    return body;
  }

  private static Object zoneField(String field) {
    switch (field) {
      case "name":
        return obj("type", "string", "minLength", 1, "description", "what the zone is called");
      case "population":
        return count(1, Limits.MAX_POPULATION, "inhabitants of the crisis zone");
      case "largest_armed_force":
        return largestForce();
      case "helicopters":
        return count(0, Limits.MAX_HELICOPTERS,
            "helicopters available in the zone; leave it out when nobody counted them");
      case "host_consent":
        return enumOf(List.of("full", "partial", "none"), "whether the host government consents");
      case "host_role":
        return enumOf(Choice.labels(HostRole.class), "what the host government does about the threat");
      case "threat":
        return enumOf(Choice.labels(Threat.class), "where the threat comes from");
      case "phase":
        return enumOf(Choice.labels(Phase.class), "the phase of emergent conflict");
      case "atrocities":
        return enumOf(Choice.labels(AtrocityRisk.class), "how close mass atrocities are");
      case "armed_conflict":
        return answer("whether there is armed conflict");
      case "objectives_reconcilable":
        return answer("whether the parties' political objectives are reconcilable");
      case "military_backing":
        return enumOf(Choice.labels(MilitaryBacking.class), "committed military backing for a deployment");
      case "existing_presence":
        return presences();
      case "area_km2":
        return integer(1, 1_000_000_000L, "area of the zone in square kilometres");
      case "mission":
        return obj("$ref", "#/$defs/mission");
      case "organizations":
        return organizations();
      case "date":
        return date("the date the base fields describe; the snapshots come after it");
      case "snapshots":
        return snapshots();
      default:
        throw new IllegalStateException("no schema for zone field " + field);
    }
  }

  /** A date as YYYY-MM-DD; the reader also checks that it is a day of the calendar. */
  private static Map<String, Object> date(String description) {
    return obj("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description", description + " (YYYY-MM-DD, ISO 8601)");
  }

  /**
   * The snapshots: each a date and the zone fields that change from it on; the name and the
   * snapshots themselves cannot change. That the dates rise is checked by the reader alone.
   */
  private static Map<String, Object> snapshots() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", "object");
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("date", date("the day from which this snapshot's fields hold"));
    for (String field : ZoneReader.ZONE_FIELDS) {
      if (!field.equals("name") && !field.equals("snapshots") && !field.equals("date")) {
        p.put(field, zoneField(field));
      }
    }
    item.put("properties", p);
    item.put("required", List.of("date"));
    item.put("additionalProperties", false);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "array");
    s.put("description", "the zone at later dates, in date order: each snapshot gives a date and the fields that"
        + " change from that date on");
    s.put("items", item);
    s.put("minItems", 1);
    s.put("maxItems", Limits.MAX_SNAPSHOTS);
    return s;
  }

  /** One presence (or none, or unknown), or a list of the presences on the ground, each once. */
  private static Map<String, Object> presences() {
    List<String> actual = new ArrayList<>();
    for (ExistingPresence p : ExistingPresence.values()) {
      if (p.isPresence()) {
        actual.add(p.label());
      }
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("type", "array");
    list.put("items", obj("enum", actual));
    list.put("minItems", 1);
    list.put("uniqueItems", true);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("description", "the presence already on the ground, or a list of them (none and unknown stand alone)");
    s.put("oneOf", List.of(obj("enum", Choice.labels(ExistingPresence.class)), list));
    return s;
  }

  private static Map<String, Object> largestForce() {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("type", "object");
    Map<String, Object> p = new LinkedHashMap<>();
    for (String field : ZoneReader.FORCE_FIELDS) {
      switch (field) {
        case "name":
          p.put(field, obj("type", "string"));
          break;
        case "kind":
          p.put(field, enumOf(Choice.labels(ForceKind.class), "state army, non-state group or foreign force"));
          break;
        default:
          p.put(field, integer(0, Limits.MAX_HEADCOUNT, "fighters"));
      }
    }
    object.put("properties", p);
    object.put("additionalProperties", false);
    object.put("oneOf", List.of(obj("required", List.of("strength")), obj("required", List.of("min", "max"))));
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("description", "the largest armed force: a number of fighters, or a mapping with name, kind and strength"
        + " (or min and max)");
    s.put("oneOf", List.of(integer(0, Limits.MAX_HEADCOUNT, "fighters"), object));
    return s;
  }

  private static Map<String, Object> mission() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "object");
    s.put("description", "the mission deployed or proposed");
    Map<String, Object> p = new LinkedHashMap<>();
    for (String field : ZoneReader.MISSION_FIELDS) {
      switch (field) {
        case "name":
        case "staging":
          p.put(field, obj("type", "string"));
          break;
        case "type":
          p.put(field, enumOf(Choice.labels(MissionType.class), "the kind of mission"));
          break;
        case "tasks":
          p.put(field, obj("type", "array", "items", enumOf(Choice.labels(Task.class), "a mandated task")));
          break;
        case "tripwires":
          p.put(field, obj("type", "array", "items", obj("type", "string")));
          break;
        case "helicopters":
        case "helicopters_authorized":
          p.put(field, integer(0, Limits.MAX_HELICOPTERS, field.replace('_', ' ')));
          break;
        case "response_hours":
          p.put(field, integer(0, 100_000, "hours from a tripwire to arrival"));
          break;
        case "troops":
          p.put(field, count(0, Limits.MAX_HEADCOUNT, "troops"));
          break;
        case "police":
          p.put(field, integer(0, Limits.MAX_HEADCOUNT, "police officers (0: none); leave it out when not known"));
          break;
        case "use_of_force":
          p.put(field, enumOf(Choice.labels(UseOfForce.class), "the authority to use force the mandate gives"));
          break;
        case "caveats":
          p.put(field, obj("type", "array", "items", obj("type", "string"),
              "description", "national caveats troop contributors attach to their troops"));
          break;
        case "staff_policy":
          p.put(field, enumOf(Choice.labels(StaffPolicy.class),
              "what international staff do when danger rises: stay, or relocate out of the danger area"));
          break;
        case "reporting":
          p.put(field, reporting());
          break;
        default:
          p.put(field, integer(0, Limits.MAX_HEADCOUNT, field));
      }
    }
    s.put("properties", p);
    s.put("required", List.of("type"));
    s.put("additionalProperties", false);
    return s;
  }

  private static Map<String, Object> reporting() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "object");
    s.put("description", "how the mission reports, and the events that reopen its mandate");
    Map<String, Object> p = new LinkedHashMap<>();
    for (String field : ZoneReader.REPORTING_FIELDS) {
      p.put(field, field.equals("triggers")
          ? obj("type", "array", "items", obj("type", "string"), "description", "events that reopen the mandate")
          : integer(1, 3_660, "days between regular reports"));
    }
    s.put("properties", p);
    s.put("additionalProperties", false);
    return s;
  }

  private static Map<String, Object> organizations() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", "object");
    Map<String, Object> p = new LinkedHashMap<>();
    for (String field : ZoneReader.ORGANIZATION_FIELDS) {
      switch (field) {
        case "name":
          p.put(field, obj("type", "string", "minLength", 1, "description", "what it is called, such as ECOWAS"));
          break;
        case "kind":
          p.put(field, enumOf(Choice.labels(OrganizationKind.class), "the kind of body"));
          break;
        case "covers_zone":
          p.put(field, answer("whether the zone lies within its remit (the OSCE's is its member states)"));
          break;
        case "willing":
          p.put(field, answer("whether it is willing to act"));
          break;
        default:
          p.put(field, enumOf(Choice.labels(Capacity.class), "whether it has the means to run the mission"));
      }
    }
    item.put("properties", p);
    item.put("required", List.of("name", "kind"));
    item.put("additionalProperties", false);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "array");
    s.put("maxItems", ZoneReader.MAX_ORGANIZATIONS);
    s.put("description", "the candidates to mandate and run a mission; leave it out when none is named");
    s.put("items", item);
    return s;
  }

  static Map<String, Object> mandate() {
    Map<String, Object> s = header("mandate", "mdc mandate draft",
        "A mandate draft for 'mdc check': a zone file with a mission block, or a file naming a zone file (zone:,"
            + " relative to the draft) beside a mission block.");
    Map<String, Object> withZoneFile = new LinkedHashMap<>();
    withZoneFile.put("type", "object");
    Map<String, Object> p = new LinkedHashMap<>();
    for (String field : ZoneReader.MANDATE_FIELDS) {
      p.put(field, field.equals("zone")
          ? obj("type", "string", "minLength", 1, "description", "a zone file, relative to this draft")
          : obj("$ref", "#/$defs/mission"));
    }
    withZoneFile.put("properties", p);
    withZoneFile.put("required", List.copyOf(ZoneReader.MANDATE_FIELDS));
    withZoneFile.put("additionalProperties", false);
    s.put("oneOf", List.of(zoneBody(true), withZoneFile));
    s.put("$defs", obj("mission", mission()));
    return s;
  }

  static Map<String, Object> rules() {
    Map<String, Object> s = header("rules", "mdc rulebook",
        "A rulebook for --rules: by rule id, the parameters and severity an organization's doctrine sets.");
    s.put("type", "object");
    Map<String, Object> p = new LinkedHashMap<>();
    for (Rule rule : RuleSet.defaults().all()) {
      RuleInfo info = rule.info();
      Map<String, Object> settings = new LinkedHashMap<>();
      settings.put("type", "object");
      settings.put("description", info.title() + ". Source: " + info.source().cite());
      Map<String, Object> params = new LinkedHashMap<>();
      for (Parameter parameter : info.parameters()) {
        Map<String, Object> number = new LinkedHashMap<>();
        number.put("type", parameter.whole() ? "integer" : "number");
        number.put("minimum", parameter.min().longValueExact());
        number.put("maximum", parameter.max().longValueExact());
        number.put("default", parameter.defaultValue());
        number.put("description", parameter.meaning() + ": " + parameter.range());
        params.put(parameter.name(), number);
      }
      params.put("severity", obj("description", "the severity of this rule's findings; off drops them",
          "anyOf", List.of(obj("enum", RulebookReader.SEVERITIES), obj("const", false))));
      settings.put("properties", params);
      settings.put("additionalProperties", false);
      p.put(info.id(), settings);
    }
    s.put("properties", p);
    s.put("additionalProperties", false);
    return s;
  }

  static Map<String, Object> config() {
    Map<String, Object> s = header("config", "mdc project configuration",
        "A project's .mdc.yaml, found from the working directory up (to the repository's root, never in the home"
            + " folder): defaults for the command line, whose options win. Paths and globs are relative to this file"
            + " and may only name files in its folder.");
    s.put("type", "object");
    Map<String, Object> globs = obj("description", "a glob (* any name, ** any folders, {a,b} either) or a list",
        "anyOf", List.of(obj("type", "string", "minLength", 1),
            obj("type", "array", "items", obj("type", "string", "minLength", 1))));
    Map<String, Object> p = new LinkedHashMap<>();
    for (String field : ProjectConfig.FIELDS) {
      switch (field) {
        case "rules":
          p.put(field, obj("type", "string", "minLength", 1, "description", "a rulebook, as for --rules"));
          break;
        case "fail-on":
          p.put(field, enumOf(List.of("error", "warning", "note", "never", "info"),
              "the least severe finding that fails 'mdc check', as for --fail-on (info is note)"));
          break;
        case "include":
          p.put(field, withDescription(globs, "drafts found in folders are checked only when they match one"));
          break;
        case "exclude":
          p.put(field, withDescription(globs, "drafts found in folders are left out when they match one"));
          break;
        default:
          p.put(field, obj("type", "string", "minLength", 1,
              "description", "an earlier draft or folder of drafts, as for --baseline"));
      }
    }
    s.put("properties", p);
    s.put("additionalProperties", false);
    return s;
  }

  private static Map<String, Object> withDescription(Map<String, Object> schema, String description) {
    Map<String, Object> s = new LinkedHashMap<>(schema);
    s.put("description", description + "; " + schema.get("description"));
    return s;
  }

  /** An ordered JSON object from key, value pairs: schemas print the same on every run. */
  private static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> o = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      o.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return o;
  }

  private static Map<String, Object> integer(long min, long max, String description) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "integer");
    s.put("minimum", min);
    s.put("maximum", max);
    s.put("description", description);
    return s;
  }

  /**
   * A count that may be one whole number or a range of estimates, {@code {min: N, max: N}}, as
   * the zone reader takes it (the reader also checks that min is not above max).
   */
  private static Map<String, Object> count(long min, long max, String description) {
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("type", "object");
    Map<String, Object> ends = new LinkedHashMap<>();
    for (String end : ZoneReader.RANGE_FIELDS) {
      ends.put(end, integer(min, max, end.equals("min") ? "the low estimate" : "the high estimate"));
    }
    range.put("properties", ends);
    range.put("required", List.copyOf(ZoneReader.RANGE_FIELDS));
    range.put("additionalProperties", false);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("description", description + ": a whole number, or min and max when only estimates exist");
    s.put("oneOf", List.of(integer(min, max, description), range));
    return s;
  }

  private static Map<String, Object> enumOf(List<String> values, String description) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("enum", values);
    s.put("description", description);
    return s;
  }

  private static Map<String, Object> answer(String description) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("description", description + ": yes, no (or true, false) or unknown");
    s.put("anyOf", List.of(obj("type", "boolean"), obj("enum", Choice.labels(Answer.class))));
    return s;
  }
}
