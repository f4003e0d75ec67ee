package org.mdc.rules;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One entry of the gap report: what a rule found, how serious it is, and which input field it
 * concerns, so that a reader can point at the line.
 *
 * @param rule the id of the rule that found it
 * @param severity error, warning or info
 * @param topic troops, helicopters, consent, mandate, tripwires, backing or context
 * @param message what is wrong or advised, with the figures
 * @param required the figure the rule requires, when it is a number
 * @param actual the figure the zone or mission has, when it is a number
 * @param field the input field at fault as a dotted path ({@code mission.troops}); empty for the
 *     file as a whole
 * @param high the figures at the high estimate, when a range of estimates makes them differ from
 *     {@code required} and {@code actual}, which are those of the low estimate
 */
public record Finding(
    String rule,
    Severity severity,
    Topic topic,
    String message,
    OptionalLong required,
    OptionalLong actual,
    String field,
    java.util.Optional<Measure> high) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(high, "high");
    if (high.isPresent() && (required.isEmpty() || actual.isEmpty())) {
      throw new IllegalArgumentException("figures at the high estimate without figures at the low");
    }
  }

  /** A finding without figures at the high estimate. */
  public Finding(
      String rule, Severity severity, Topic topic, String message, OptionalLong required, OptionalLong actual,
      String field) {
    this(rule, severity, topic, message, required, actual, field, java.util.Optional.empty());
  }

  /** A finding without figures. */
  public static Finding of(
      String rule, Severity severity, Topic topic, String field, String message) {
    return new Finding(rule, severity, topic, message, OptionalLong.empty(), OptionalLong.empty(), field);
  }

  /** A finding that compares a required figure with an actual one. */
  public static Finding ofFigures(String rule, Severity severity, Topic topic, String field, Measure m, String message) {
    return ofFigures(rule, severity, topic, field, m.required(), m.actual(), message);
  }

  /** A finding that compares a required figure with an actual one. */
  public static Finding ofFigures(
      String rule, Severity severity, Topic topic, String field, long required, long actual, String message) {
    return new Finding(rule, severity, topic, message, OptionalLong.of(required), OptionalLong.of(actual), field);
  }

  /**
   * A finding that compares figures at both ends of the estimates; the high end is kept only when
   * it differs from the low.
   */
  public static Finding ofEstimates(
      String rule, Severity severity, Topic topic, String field, Estimates e, String message) {
    return new Finding(rule, severity, topic, message, OptionalLong.of(e.low().required()),
        OptionalLong.of(e.low().actual()), field,
        e.isSingle() ? java.util.Optional.empty() : java.util.Optional.of(e.high()));
  }

  /** The figures compared at both ends; empty without figures. */
  public java.util.Optional<Estimates> estimates() {
    java.util.Optional<Measure> low = measure();
    return low.isPresent()
        ? java.util.Optional.of(new Estimates(low.get(), high.isPresent() ? high.get() : low.get()))
        : java.util.Optional.empty();
  }

  /** The figures compared, when the finding compares a required figure with an actual one. */
  public java.util.Optional<Measure> measure() {
    return required.isPresent() && actual.isPresent()
        ? java.util.Optional.of(new Measure(required.getAsLong(), actual.getAsLong()))
        : java.util.Optional.empty();
  }

  /** True when the finding compares figures and the actual one meets the requirement at both estimates. */
  public boolean isMet() {
    // Plain tests rather than map(...).orElse(...): the sensitivity search asks this of every
    // finding of a hundred assessments, and each lambda costs its linking on first use.
    java.util.Optional<Estimates> estimates = estimates();
    return estimates.isPresent() && estimates.get().isMet();
  }

  /** This finding with another severity, as a rulebook may set it. */
  public Finding withSeverity(Severity value) {
    return new Finding(rule, value, topic, message, required, actual, field, high);
  }

  /** How far the actual figure falls below the required one; zero when it does not, or when either is unknown. */
  public long shortfall() {
    java.util.Optional<Measure> measure = measure();
    return measure.isPresent() ? measure.get().shortfall() : 0L;
  }

  /** The shortfall as a percentage of the requirement, when there is one. */
  public OptionalLong shortfallPercent() {
    java.util.Optional<Measure> measure = measure();
    return measure.isPresent() ? measure.get().shortfallPercent() : OptionalLong.empty();
  }
}
