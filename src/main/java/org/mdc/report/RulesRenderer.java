package org.mdc.report;

import java.io.PrintWriter;
import org.mdc.rules.RuleInfo;
import org.mdc.rules.RuleSet;

/** Writes the rules in force ({@code mdc rules}), or one of them explained, in one format. */
public interface RulesRenderer {

  /** Every rule of {@code rules}: id, most serious finding, title, source and parameters. */
  void list(RuleSet rules, PrintWriter out);

  /** One rule: its parameters in force and by default, their grounds, and a worked example. */
  void explain(RuleInfo rule, RuleSet rules, PrintWriter out);
}
