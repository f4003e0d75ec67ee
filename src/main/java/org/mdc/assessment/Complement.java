package org.mdc.assessment;

import java.util.Objects;
import java.util.Optional;
import org.mdc.model.Configuration;

/**
 * What is recommended beside the primary: another configuration, or, when nothing mdc sizes is
 * credible, a political lever the sources name.
 *
 * @param configuration which of the three, or empty for a political lever
 * @param role what it does beside the primary, in a planner's words
 * @param rule the rule that explains it
 */
public record Complement(Optional<Configuration> configuration, String role, String rule) {

  public Complement {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(rule, "rule");
  }

  /** A configuration beside the primary. */
  static Complement of(Configuration configuration, String role, String rule) {
    return new Complement(Optional.of(configuration), role, rule);
  }

  /** A political lever, not one of the configurations. */
  static Complement lever(String role, String rule) {
    return new Complement(Optional.empty(), role, rule);
  }

  /** The kind in a word: the configuration's label, or {@code political-lever}. */
  public String kind() {
    return configuration.map(Configuration::label).orElse("political-lever");
  }
}
