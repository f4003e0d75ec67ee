package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Configuration;

/**
 * One rule of the domain brief: a small unit with a stable id, a source and parameters. Rules
 * compute and report; they never print. A rule may judge the three configurations, add entries
 * to the gap report, or both; figure rules also expose the figure they compute.
 */
public interface Rule {

  /** Id, title, source and parameters. */
  RuleInfo info();

  /** What this rule says about {@code configuration} in this situation; empty when nothing. */
  default List<Judgment> judge(Configuration configuration, Situation situation) {
    return List.of();
  }

  /** Adds this rule's entries of the gap report. */
  default void findGaps(Situation situation, Consumer<Finding> out) {}

  /** The statements this rule's advice makes, each with what it rests on; empty for most rules. */
  default List<Claim> claims() {
    return List.of();
  }

  /**
   * True for a rule that compares the dates of a zone's timeline rather than judging one zone: it
   * is applied, and listed among a report's rules, only when the zone file has snapshots.
   */
  default boolean comparesDates() {
    return false;
  }

  /** The rule's id. */
  default String id() {
    return info().id();
  }
}
