package org.mdc.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.mdc.model.Choice;

/**
 * Typed, located reading of the fields of one YAML mapping. Every problem is collected, not
 * thrown, so that one pass reports all of them; each names the file, line, column and field.
 */
final class Fields {

  private final String file;
  private final List<InputProblem> problems;
  private final Map<String, Location> locations;

  Fields(String file) {
    this(file, new ArrayList<>(), new HashMap<>());
  }

  private Fields(String file, List<InputProblem> problems, Map<String, Location> locations) {
    this.file = file;
    this.problems = problems;
    this.locations = locations;
  }

  String file() {
    return file;
  }

  List<InputProblem> problems() {
    return problems;
  }

  SourceMap sourceMap() {
    Map<String, Place> places = new HashMap<>();
    for (Map.Entry<String, Location> e : locations.entrySet()) {
      places.put(e.getKey(), new Place(file, e.getValue()));
    }
    return new SourceMap(file, places);
  }

  void add(InputProblem problem) {
    problems.add(problem);
  }

  void problem(Location at, String field, String message) {
    problems.add(new InputProblem(file, at, field, message));
  }

  /**
   * The mapping at {@code node}, after checking that its keys are known; an unknown key is a
   * problem that suggests the nearest known key.
   */
  Optional<YamlNode.Mapping> mapping(YamlNode node, String path, Set<String> known, String whatItHolds) {
    return mapping(node, path, known, whatItHolds, "field");
  }

  /** As {@link #mapping(YamlNode, String, Set, String)}, calling its keys {@code noun} in messages. */
  Optional<YamlNode.Mapping> mapping(YamlNode node, String path, Set<String> known, String whatItHolds, String noun) {
    if (!(node instanceof YamlNode.Mapping)) {
      problem(node.location(), path, "expected a mapping of " + whatItHolds + ", found " + node.describe());
      return Optional.empty();
    }
    YamlNode.Mapping mapping = (YamlNode.Mapping) node;
    for (Map.Entry<String, YamlNode.Entry> e : mapping.entries().entrySet()) {
      String key = e.getKey();
      YamlNode.Entry entry = e.getValue();
      String field = join(path, key);
      locations.put(field, entry.keyLocation());
      if (!known.contains(key)) {
        String hint = Suggestions.nearest(key, known).map(k -> "; did you mean '" + k + "'?").orElse("");
        problem(entry.keyLocation(), field, "unknown " + noun + " '" + key + "'" + hint
            + (hint.isEmpty() ? " (known: " + String.join(", ", known) + ")" : ""));
      }
    }
    return Optional.of(mapping);
  }

  /** The value of {@code key}, or empty when the key is absent or null. */
  Optional<YamlNode> value(YamlNode.Mapping mapping, String key) {
    YamlNode.Entry entry = mapping.entries().get(key);
    if (entry == null) {
      return Optional.empty();
    }
    YamlNode value = entry.value();
    if (value instanceof YamlNode.Scalar && ((YamlNode.Scalar) value).kind() == YamlNode.Scalar.Kind.NULL) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  void missing(YamlNode.Mapping mapping, String path, String key, String expected) {
    problem(mapping.location(), join(path, key), "required field is missing: expected " + expected);
  }

  /** A text field; any scalar but null is taken as text. */
  Optional<String> text(YamlNode.Mapping mapping, String path, String key, boolean required) {
    Optional<YamlNode> value = value(mapping, key);
    if (value.isEmpty()) {
      if (required) {
        missing(mapping, path, key, "text");
      }
      return Optional.empty();
    }
    if (!(value.get() instanceof YamlNode.Scalar)) {
      problem(value.get().location(), join(path, key), "expected text, found " + value.get().describe());
      return Optional.empty();
    }
    return Optional.of(((YamlNode.Scalar) value.get()).text());
  }

  /** A whole number between {@code min} and {@code max}; quoted numbers and decimals are problems. */
  OptionalLong whole(YamlNode.Mapping mapping, String path, String key, boolean required, long min, long max) {
    Optional<YamlNode> value = value(mapping, key);
    if (value.isEmpty()) {
      if (required) {
        missing(mapping, path, key, "a whole number");
      }
      return OptionalLong.empty();
    }
    return whole(value.get(), join(path, key), min, max);
  }

  /**
   * True when a number's text has a leading zero ({@code 010}, {@code -007}): YAML 1.2 readers
   * take 010 as ten, YAML 1.1 readers as the octal number 8, so it is refused rather than guessed.
   */
  static boolean leadingZero(String text) {
    int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
    return text.length() > i + 1 && text.charAt(i) == '0'
        && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '_');
  }

  /** The message for a number with a leading zero, with both readings. */
  static String leadingZeroMessage(String text) {
    String digits = text.replace("_", "").replaceFirst("^[-+]", "");
    String sign = text.startsWith("-") ? "-" : "";
    String decimal = sign + digits.replaceFirst("^0+(?=.)", "");
    String octal = digits.matches("[0-7]{1,20}") ? sign + new BigInteger(digits, 8) : null;
    return "expected a number written without a leading zero, found " + text + ": "
        + (octal == null ? "write " + decimal
            : "YAML 1.1 readers take it as the octal number " + octal + "; write " + decimal
                + (octal.equals(decimal) ? "" : ", or " + octal + " if that is meant"));
  }

  /** {@code node} as a whole number between {@code min} and {@code max}. */
  OptionalLong whole(YamlNode node, String field, long min, long max) {
    String range = "a whole number from " + org.mdc.rules.Numbers.grouped(min) + " to "
        + org.mdc.rules.Numbers.grouped(max);
    if (!(node instanceof YamlNode.Scalar) || ((YamlNode.Scalar) node).kind() != YamlNode.Scalar.Kind.INTEGER) {
      String hint = node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).kind() == YamlNode.Scalar.Kind.STRING
              && ((YamlNode.Scalar) node).text().strip().matches("[0-9][0-9_,. ]*")
          ? " (write the number without quotes, separators or decimals)"
          : "";
      problem(node.location(), field, "expected " + range + ", found " + node.describe() + hint);
      return OptionalLong.empty();
    }
    if (leadingZero(((YamlNode.Scalar) node).text())) {
      problem(node.location(), field, leadingZeroMessage(((YamlNode.Scalar) node).text()));
      return OptionalLong.empty();
    }
    BigInteger number;
    try {
      number = new BigInteger(((YamlNode.Scalar) node).text().replace("_", ""));
    } catch (NumberFormatException e) {
      problem(node.location(), field, "expected " + range + ", found " + node.describe());
      return OptionalLong.empty();
    }
    if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
      problem(node.location(), field, "expected " + range + ", found " + node.describe());
      return OptionalLong.empty();
    }
    return OptionalLong.of(number.longValueExact());
  }

  /** One of the labels of {@code type}; absent gives {@code absent}, or a problem when required. */
  <E extends Enum<E> & Choice> Optional<E> choice(
      YamlNode.Mapping mapping, String path, String key, Class<E> type, boolean required) {
    Optional<YamlNode> value = value(mapping, key);
    if (value.isEmpty()) {
      if (required) {
        missing(mapping, path, key, "one of " + String.join(", ", Choice.labels(type)));
      }
      return Optional.empty();
    }
    return choice(value.get(), join(path, key), type);
  }

  <E extends Enum<E> & Choice> Optional<E> choice(YamlNode node, String field, Class<E> type) {
    return choice(node, field, type, Choice.labels(type));
  }

  /** As {@link #choice(YamlNode, String, Class)}, accepting only {@code labels}. */
  <E extends Enum<E> & Choice> Optional<E> choice(YamlNode node, String field, Class<E> type, List<String> labels) {
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).kind() == YamlNode.Scalar.Kind.STRING) {
      String text = ((YamlNode.Scalar) node).text();
      Optional<E> parsed = Choice.parse(type, text);
      if (parsed.isPresent() && labels.contains(parsed.get().label())) {
        return parsed;
      }
      String hint = Suggestions.nearest(text, labels).map(k -> "; did you mean '" + k + "'?").orElse("");
      problem(node.location(), field, "expected one of " + String.join(", ", labels) + ", found '" + text + "'" + hint);
      return Optional.empty();
    }
    problem(node.location(), field, "expected one of " + String.join(", ", labels) + ", found " + node.describe());
    return Optional.empty();
  }

  /** A list of choices, each once. */
  <E extends Enum<E> & Choice> Set<E> choices(YamlNode.Mapping mapping, String path, String key, Class<E> type) {
    Set<E> result = new LinkedHashSet<>();
    for (YamlNode item : list(mapping, path, key, "one of " + String.join(", ", Choice.labels(type)))) {
      Optional<E> value = choice(item, join(path, key), type);
      if (value.isPresent()) {
        result.add(value.get());
      }
    }
    return result;
  }

  /** A list of texts. */
  List<String> texts(YamlNode.Mapping mapping, String path, String key) {
    List<String> result = new ArrayList<>();
    for (YamlNode item : list(mapping, path, key, "text")) {
      if (item instanceof YamlNode.Scalar && ((YamlNode.Scalar) item).kind() != YamlNode.Scalar.Kind.NULL) {
        result.add(((YamlNode.Scalar) item).text());
      } else {
        problem(item.location(), join(path, key), "expected a list of text items, found " + item.describe());
      }
    }
    return result;
  }

  /** The items of a list; a problem, and no items, when the value is not a list. */
  List<YamlNode> list(YamlNode.Mapping mapping, String path, String key, String itemsExpected) {
    Optional<YamlNode> value = value(mapping, key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!(value.get() instanceof YamlNode.Sequence)) {
      problem(value.get().location(), join(path, key),
          "expected a list (for example [a, b]) of " + itemsExpected + ", found " + value.get().describe());
      return List.of();
    }
    return ((YamlNode.Sequence) value.get()).items();
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
