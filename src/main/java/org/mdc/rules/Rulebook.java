package org.mdc.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters and severities in force for one run: the sources' defaults, with an
 * organization's overrides by rule id (a rulebook file, {@code --rules}).
 *
 * @param name where the rulebook came from ({@code "defaults"} or a file name)
 * @param overrides parameter values by rule id, then parameter name
 * @param severities the severity a rule's findings take instead of their own, by rule id
 * @param disabled the rules switched off, whose findings are dropped
 */
public record Rulebook(
    String name, Map<String, Map<String, BigDecimal>> overrides, Map<String, Severity> severities, Set<String> disabled) {

  /** The version of the default rulebook: the domain brief's rules and figures. */
  public static final String DEFAULTS_VERSION = "brief-2";

  public Rulebook {
    Objects.requireNonNull(name, "name");
    Map<String, Map<String, BigDecimal>> copy = new LinkedHashMap<>();
    // Ordered copies: the report lists overrides in the order the rulebook gives them.
    for (Map.Entry<String, Map<String, BigDecimal>> e : overrides.entrySet()) {
      copy.put(e.getKey(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
    }
    overrides = java.util.Collections.unmodifiableMap(copy);
    severities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    disabled = Set.copyOf(disabled);
  }

  public Rulebook(String name, Map<String, Map<String, BigDecimal>> overrides) {
    this(name, overrides, Map.of(), Set.of());
  }

  /** The sources' own figures, unchanged. */
  public static Rulebook defaults() {
    return new Rulebook("defaults", Map.of());
  }

  /** True when nothing is changed from the defaults. */
  public boolean isDefault() {
    for (Map<String, BigDecimal> values : overrides.values()) {
      if (!values.isEmpty()) {
        return false;
      }
    }
    return severities.isEmpty() && disabled.isEmpty();
  }

  /**
   * The rulebook in one line: its name, then every change from the defaults, such as
   * {@code doctrine.yaml (force-density.per_thousand_min = 20; surveillance: warning)}.
   */
  public String describe() {
    if (isDefault()) {
      return name.equals("defaults") ? "defaults (" + DEFAULTS_VERSION + ")" : name + " (no changes from the defaults)";
    }
    java.util.List<String> changes = new java.util.ArrayList<>();
    for (Map.Entry<String, Map<String, BigDecimal>> rule : overrides.entrySet()) {
      for (Map.Entry<String, BigDecimal> p : rule.getValue().entrySet()) {
        changes.add(rule.getKey() + "." + p.getKey() + " = " + Parameter.plain(p.getValue()));
      }
    }
    for (Map.Entry<String, Severity> rule : severities.entrySet()) {
      changes.add(rule.getKey() + ": " + rule.getValue().label());
    }
    for (String rule : new java.util.TreeSet<>(disabled)) {
      changes.add(rule + ": off");
    }
    return name + " (" + String.join("; ", changes) + ")";
  }

  /** The severity {@code rule}'s findings take under this rulebook, when it changes it. */
  public Optional<Severity> severityOf(String rule) {
    return Optional.ofNullable(severities.get(rule));
  }

  public boolean isDisabled(String rule) {
    return disabled.contains(rule);
  }

  /** The values a rule's parameters take under this rulebook. */
  public Settings settingsFor(RuleInfo rule) {
    Map<String, BigDecimal> changed = overrides.getOrDefault(rule.id(), Map.of());
    // A class, not a lambda: linking a lambda costs about 85 microseconds of a short command.
    return new Settings() {
      @Override
      public BigDecimal value(String name) {
        Optional<Parameter> parameter = rule.parameter(name);
        if (parameter.isEmpty()) {
          throw new IllegalArgumentException(rule.id() + " has no parameter " + name);
        }
        return changed.getOrDefault(name, parameter.get().defaultValue());
      }
    };
  }

  /** A rule's parameter values, read by name. */
  @FunctionalInterface
  public interface Settings {

    BigDecimal value(String parameter);

    /** The value as a whole number; a rulebook reader refuses fractions for whole parameters. */
    default long whole(String parameter) {
      return value(parameter).longValueExact();
    }
  }
}
