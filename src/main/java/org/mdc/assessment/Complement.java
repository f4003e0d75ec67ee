package org.mdc.assessment;

import java.util.Objects;
import org.mdc.model.Configuration;

/**
 * A configuration recommended beside the primary one.
 *
 * @param configuration which of the three
 * @param role what it does beside the primary, in the brief's words
 * @param rule the rule that explains it
 */
public record Complement(Configuration configuration, String role, String rule) {

  public Complement {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(rule, "rule");
  }
}
