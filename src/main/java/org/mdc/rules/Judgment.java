package org.mdc.rules;

import java.util.Objects;

/**
 * What a rule says about one configuration in one zone.
 *
 * @param rule the rule's id
 * @param effect how much it weighs on the configuration's verdict
 * @param message the reason, in a planner's words
 */
public record Judgment(String rule, Effect effect, String message) {

  public Judgment {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(message, "message");
  }

  /** A caveat: the configuration works, and the planner must know this. */
  public static Judgment caveat(String rule, String message) {
    return new Judgment(rule, Effect.CAVEAT, message);
  }

  /** A precondition not yet established: the configuration works only if the condition named is met. */
  public static Judgment condition(String rule, String message) {
    return new Judgment(rule, Effect.CONDITION, message);
  }

  /** A deterrent with nobody to back it: no threat it makes is believed. */
  public static Judgment notCredible(String rule, String message) {
    return new Judgment(rule, Effect.NOT_CREDIBLE, message);
  }

  /** A precondition that fails: the configuration cannot work at all here. */
  public static Judgment unsuitable(String rule, String message) {
    return new Judgment(rule, Effect.UNSUITABLE, message);
  }

  /** How much a judgment weighs, from least to most; the heaviest decides a verdict. */
  public enum Effect {
    CAVEAT,
    CONDITION,
    NOT_CREDIBLE,
    UNSUITABLE;

    /** True when a configuration so judged cannot be chosen as the primary. */
    public boolean rulesOut() {
      return this == NOT_CREDIBLE || this == UNSUITABLE;
    }
  }
}
