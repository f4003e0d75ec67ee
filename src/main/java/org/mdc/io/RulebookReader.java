package org.mdc.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mdc.model.Choice;
import org.mdc.rules.Parameter;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleInfo;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Rulebook;
import org.mdc.rules.Severity;

/**
 * Reads a rulebook ({@code --rules FILE}): YAML mapping rule ids to the parameters and severity
 * an organization's doctrine sets, for example {@code force-density: {per_thousand_min: 20}} or
 * {@code surveillance: {severity: warning}}. Unknown rule ids and parameters are errors that name
 * the nearest known one.
 */
public final class RulebookReader {

  /** The severities a rulebook may set; {@code off} drops a rule's findings. */
  public static final List<String> SEVERITIES = List.of("error", "warning", "info", "note", "off");

  private RulebookReader() {}

  public static Parsed<Rulebook> read(String file, byte[] bytes) {
    Parsed<YamlNode> tree = YamlTree.parse(file, bytes);
    if (!tree.ok()) {
      return Parsed.failed(tree.problems());
    }
    Fields f = new Fields(file);
    Map<String, RuleInfo> known = new LinkedHashMap<>();
    RuleSet.defaults().all().stream().map(Rule::info).forEach(info -> known.put(info.id(), info));
    Optional<YamlNode.Mapping> root = f.mapping(tree.value().get(), "", known.keySet(), "rule ids", "rule id");
    if (root.isEmpty()) {
      return Parsed.failed(f.problems());
    }
    Map<String, Map<String, BigDecimal>> overrides = new LinkedHashMap<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    Set<String> disabled = new HashSet<>();
    root.get().entries().forEach((id, entry) -> {
      RuleInfo rule = known.get(id);
      if (rule == null) {
        return; // reported by mapping() with the nearest id
      }
      Set<String> keys = new LinkedHashSet<>();
      rule.parameters().forEach(p -> keys.add(p.name()));
      keys.add("severity");
      Optional<YamlNode.Mapping> settings = f.mapping(entry.value(), id, keys,
          "parameters (" + String.join(", ", keys) + ")", "parameter of " + id);
      if (settings.isEmpty()) {
        return;
      }
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      settings.get().entries().forEach((key, setting) -> {
        String field = id + "." + key;
        if (key.equals("severity")) {
          severity(f, setting.value(), field).ifPresent(s -> {
            if (s.equals("off")) {
              disabled.add(id);
            } else {
              severities.put(id, s.equals("note") ? Severity.INFO : Choice.parse(Severity.class, s).orElseThrow());
            }
          });
          return;
        }
        rule.parameter(key).flatMap(p -> number(f, setting.value(), field, p)).ifPresent(v -> values.put(key, v));
      });
      overrides.put(id, values);
    });
    if (!f.problems().isEmpty()) {
      return Parsed.failed(f.problems());
    }
    Rulebook book = new Rulebook(file, overrides, severities, disabled);
    try {
      RuleSet.of(book);
    } catch (IllegalArgumentException | ArithmeticException e) {
      String id = e.getMessage() == null ? "" : e.getMessage().split(":", 2)[0];
      YamlNode.Entry at = root.get().entries().get(id);
      String message = String.valueOf(e.getMessage());
      f.problem(at == null ? Location.START : at.keyLocation(), at == null ? "" : id,
          at == null ? message : message.substring(id.length() + 1).strip());
      return Parsed.failed(f.problems());
    }
    return Parsed.of(book);
  }

  private static Optional<BigDecimal> number(Fields f, YamlNode node, String field, Parameter parameter) {
    boolean isNumber = node instanceof YamlNode.Scalar
        && (((YamlNode.Scalar) node).kind() == YamlNode.Scalar.Kind.INTEGER
            || ((YamlNode.Scalar) node).kind() == YamlNode.Scalar.Kind.DECIMAL);
    String expected = "expected " + parameter.range() + " (" + parameter.meaning() + "), found " + node.describe();
    if (!isNumber) {
      f.problem(node.location(), field, expected);
      return Optional.empty();
    }
    String text = ((YamlNode.Scalar) node).text();
    if (Fields.leadingZero(text)) {
      f.problem(node.location(), field, Fields.leadingZeroMessage(text));
      return Optional.empty();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.replace("_", ""));
    } catch (NumberFormatException e) {
      f.problem(node.location(), field, expected);
      return Optional.empty();
    }
    if (!parameter.accepts(value)) {
      f.problem(node.location(), field, expected);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static Optional<String> severity(Fields f, YamlNode node, String field) {
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).kind() == YamlNode.Scalar.Kind.FALSE) {
      return Optional.of("off"); // YAML 1.1 reads a bare off as false
    }
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).kind() == YamlNode.Scalar.Kind.STRING) {
      String text = ((YamlNode.Scalar) node).text().strip().toLowerCase(java.util.Locale.ROOT);
      if (SEVERITIES.contains(text)) {
        return Optional.of(text);
      }
      String hint = Suggestions.nearest(text, SEVERITIES).map(s -> "; did you mean '" + s + "'?").orElse("");
      f.problem(node.location(), field, "expected one of " + String.join(", ", SEVERITIES) + ", found '" + text + "'" + hint);
      return Optional.empty();
    }
    f.problem(node.location(), field, "expected one of " + String.join(", ", SEVERITIES) + ", found " + node.describe());
    return Optional.empty();
  }

  /** The default rulebook as YAML, every rule with its parameters and their meaning. */
  public static String defaultsAsYaml() {
    StringBuilder out = new StringBuilder();
    out.append("# mdc rulebook: the defaults of the domain brief (").append(Rulebook.DEFAULTS_VERSION).append(")\n");
    out.append("# Copy this file, change what your doctrine sets, and pass it with --rules FILE.\n");
    out.append("# Under each rule id: its parameters, and severity (error, warning, info, off).\n");
    List<String> lines = new ArrayList<>();
    for (Rule rule : RuleSet.defaults().all()) {
      RuleInfo info = rule.info();
      lines.add("");
      lines.add("# " + info.title());
      lines.add("# Source: " + info.source().cite());
      if (info.parameters().isEmpty()) {
        lines.add("# " + info.id() + ": {severity: " + info.severity().label() + "}");
        continue;
      }
      lines.add(info.id() + ":");
      for (Parameter p : info.parameters()) {
        lines.add("  # " + p.name() + ": " + p.meaning() + "; " + p.range() + ". Rests on:");
        wrap(p.provenance().describe(), "  #   ", 100).forEach(lines::add);
        lines.add("  " + p.name() + ": " + Parameter.plain(p.defaultValue()));
      }
    }
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  /** {@code text} in lines of at most {@code width} characters, each starting with {@code prefix}. */
  static List<String> wrap(String text, String prefix, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(prefix);
    for (String word : text.split(" ")) {
      if (line.length() > prefix.length() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(prefix);
      }
      if (line.length() > prefix.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
