package org.mdc.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters in force for one run: the sources' defaults, with an organization's overrides
 * by rule id and parameter name.
 *
 * @param name where the rulebook came from ({@code "defaults"} or a file name)
 * @param overrides parameter values by rule id, then parameter name
 */
public record Rulebook(String name, Map<String, Map<String, BigDecimal>> overrides) {

  public Rulebook {
    Objects.requireNonNull(name, "name");
    overrides = Map.copyOf(overrides);
    overrides.values().forEach(Map::copyOf);
  }

  /** The sources' own figures, unchanged. */
  public static Rulebook defaults() {
    return new Rulebook("defaults", Map.of());
  }

  /** The values a rule's parameters take under this rulebook. */
  public Settings settingsFor(RuleInfo rule) {
    Map<String, BigDecimal> changed = overrides.getOrDefault(rule.id(), Map.of());
    return name -> {
      Parameter parameter =
          rule.parameter(name)
              .orElseThrow(() -> new IllegalArgumentException(rule.id() + " has no parameter " + name));
      return changed.getOrDefault(name, parameter.defaultValue());
    };
  }

  /** A rule's parameter values, read by name. */
  @FunctionalInterface
  public interface Settings {

    BigDecimal value(String parameter);

    /** The value as a whole number; a fractional value is a programming error in the rule. */
    default long whole(String parameter) {
      return value(parameter).longValueExact();
    }
  }
}
