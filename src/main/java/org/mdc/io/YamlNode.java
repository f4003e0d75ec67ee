package org.mdc.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it starts, so that every error and every finding can point at a
 * line. Built by {@link YamlTree}; only the three shapes a zone file uses.
 */
public interface YamlNode {

  Location location();

  /** What this node is, for messages: "a mapping", "a list", "the number 3", ... */
  String describe();

  /** A key-value mapping; keys keep their order and their own locations. */
  record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping: where the key is, and its value. */
  record Entry(Location keyLocation, YamlNode value) {}

  /** A list. */
  record Sequence(Location location, List<YamlNode> items) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar as the YAML parser typed it.
   *
   * @param text the scalar's text
   * @param kind string, integer, decimal, true, false or null
   */
  record Scalar(Location location, String text, Kind kind) implements YamlNode {

    /** How the YAML parser typed a scalar. */
    public enum Kind {
      STRING,
      INTEGER,
      DECIMAL,
      TRUE,
      FALSE,
      NULL
    }

    @Override
    public String describe() {
      switch (kind) {
        case STRING:
          return "the text \"" + abbreviate(text) + "\"";
        case INTEGER:
          return "the whole number " + abbreviate(text);
        case DECIMAL:
          return "the decimal number " + abbreviate(text);
        case TRUE:
        case FALSE:
          return "the yes/no value " + text;
        default:
          return "nothing (null)";
      }
    }

    /** {@code s}, cut to 40 characters with an ellipsis. */
    static String abbreviate(String s) {
      return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
  }
}
