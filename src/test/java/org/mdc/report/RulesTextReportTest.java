package org.mdc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;

/** The rules as text, rendered without the command line. */
class RulesTextReportTest {

  private static String list(RuleSet rules) {
    StringWriter text = new StringWriter();
    new RulesTextReport().list(rules, new PrintWriter(text, true));
    return text.toString();
  }

  @Test
  void theListNamesEveryRuleWithItsSeverityAndSource() {
    RuleSet rules = RuleSet.defaults();
    String text = list(rules);
    assertThat(text).startsWith("mdc applies " + rules.all().size() + " rules (rulebook: ");
    for (Rule rule : rules.all()) {
      assertThat(text).contains("\n" + rule.id() + "  (up to " + rule.info().severity().label() + ")\n"
          + "  " + rule.info().title() + "\n  source: " + rule.info().source().cite() + "\n");
    }
  }

  @Test
  void anExplanationEndsWithAWorkedExampleAndWhatItRestsOn() {
    RuleSet rules = RuleSet.defaults();
    Rule rule = rules.byId("force-density").orElseThrow();
    StringWriter text = new StringWriter();
    new RulesTextReport().explain(rule, rules, new PrintWriter(text, true));
    assertThat(text.toString()).startsWith("force-density\n  ").contains("Parameters (in force, default, meaning):\n")
        .endsWith("  rests on: " + rule.info().example().provenance().describe() + "\n");
  }
}
