package org.mdc.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a project's {@code .mdc.yaml} (see {@link ProjectConfig}), checking every key and value
 * and reporting each problem at its line and column with what was expected.
 */
public final class ConfigReader {

  private ConfigReader() {}

  /**
   * The configuration in {@code bytes}, which came from {@code file}; {@code failLevels} are the
   * words {@code fail-on} takes. A file with nothing but blank lines and comments sets nothing.
   */
  public static Parsed<ProjectConfig> read(String file, byte[] bytes, List<String> failLevels) {
    if (blank(bytes)) {
      return Parsed.of(ProjectConfig.empty(file));
    }
    Parsed<YamlNode> tree = YamlTree.parse(file, bytes);
    if (!tree.ok()) {
      return Parsed.failed(tree.problems());
    }
    Fields f = new Fields(file);
    Optional<YamlNode.Mapping> root = f.mapping(tree.value().get(), "", ProjectConfig.FIELDS,
        "settings (" + String.join(", ", ProjectConfig.FIELDS) + ")", "setting");
    if (root.isEmpty()) {
      return Parsed.failed(f.problems());
    }
    YamlNode.Mapping m = root.get();
    Optional<ProjectConfig.Setting> rules = path(f, m, "rules", "a rulebook file, relative to this file");
    Optional<ProjectConfig.Setting> failOn = setting(f, m, "fail-on", "one of " + String.join(", ", failLevels));
    failOn.ifPresent(s -> {
      if (!failLevels.contains(s.value().trim().toLowerCase(Locale.ROOT))) {
        f.problem(s.at(), "fail-on", "expected " + String.join(", ", failLevels) + ", found '" + s.value() + "'");
      }
    });
    List<ProjectConfig.Setting> include = globs(f, m, "include");
    List<ProjectConfig.Setting> exclude = globs(f, m, "exclude");
    Optional<ProjectConfig.Setting> baseline = path(f, m, "baseline",
        "an earlier draft or folder of drafts, relative to this file");
    if (!f.problems().isEmpty()) {
      return Parsed.failed(f.problems());
    }
    return Parsed.of(new ProjectConfig(file, rules, failOn, include, exclude, baseline));
  }

  private static boolean blank(byte[] bytes) {
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        return false;
      }
    }
    return true;
  }

  /** A scalar setting, as text. */
  private static Optional<ProjectConfig.Setting> setting(Fields f, YamlNode.Mapping m, String key, String expected) {
    Optional<YamlNode> value = f.value(m, key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!(value.get() instanceof YamlNode.Scalar)) {
      f.problem(value.get().location(), key, "expected " + expected + ", found " + value.get().describe());
      return Optional.empty();
    }
    return Optional.of(new ProjectConfig.Setting(key, ((YamlNode.Scalar) value.get()).text(), value.get().location()));
  }

  /** A file name: text, not empty. */
  private static Optional<ProjectConfig.Setting> path(Fields f, YamlNode.Mapping m, String key, String expected) {
    Optional<ProjectConfig.Setting> s = setting(f, m, key, expected);
    if (s.isPresent() && (s.get().value().isBlank() || s.get().value().indexOf('\0') >= 0)) {
      f.problem(s.get().at(), key, "expected " + expected + ", found '" + s.get().value() + "'");
      return Optional.empty();
    }
    return s;
  }

  /** A glob or a list of globs, each one checked. */
  private static List<ProjectConfig.Setting> globs(Fields f, YamlNode.Mapping m, String key) {
    Optional<YamlNode> value = f.value(m, key);
    if (value.isEmpty()) {
      return List.of();
    }
    List<YamlNode> items = value.get() instanceof YamlNode.Sequence
        ? ((YamlNode.Sequence) value.get()).items() : List.of(value.get());
    List<ProjectConfig.Setting> globs = new ArrayList<>();
    for (YamlNode item : items) {
      if (!(item instanceof YamlNode.Scalar) || ((YamlNode.Scalar) item).kind() == YamlNode.Scalar.Kind.NULL
          || ((YamlNode.Scalar) item).text().isBlank()) {
        f.problem(item.location(), key, "expected a glob or a list of globs (for example [\"drafts/**/*.yaml\"]),"
            + " found " + item.describe());
        continue;
      }
      String glob = ((YamlNode.Scalar) item).text();
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
        globs.add(new ProjectConfig.Setting(key, glob, item.location()));
      } catch (IllegalArgumentException e) { // a PatternSyntaxException among others
        f.problem(item.location(), key, "expected a glob (* for any name, ** for any folders, {a,b} for either),"
            + " found '" + glob + "', which is not one");
      }
    }
    return globs;
  }
}
