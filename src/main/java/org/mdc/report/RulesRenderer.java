package org.mdc.report;

import java.io.PrintWriter;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;

/** Writes the rules in force ({@code mdc rules}), or one of them explained, in one format. */
public interface RulesRenderer {

  /** Every rule of {@code rules}: id, most serious finding, title, source and parameters. */
  void list(RuleSet rules, PrintWriter out);

  /**
   * One rule: its parameters in force and by default, their grounds, a worked example, and what
   * its advice rests on.
   */
  void explain(Rule rule, RuleSet rules, PrintWriter out);
}
