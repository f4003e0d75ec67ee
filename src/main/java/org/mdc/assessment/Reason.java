package org.mdc.assessment;

import java.util.Objects;

/** Why a configuration got its verdict: a rule id and the rule's words. */
public record Reason(String rule, String message) {

  public Reason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
