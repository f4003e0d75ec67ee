package org.mdc.rules;

import java.util.Objects;

/**
 * What a rule says about one configuration in one zone.
 *
 * @param rule the rule's id
 * @param blocks true when the configuration cannot work at all; false when it works only on a
 *     condition the message names
 * @param message the reason, in a planner's words
 */
public record Judgment(String rule, boolean blocks, String message) {

  public Judgment {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
