package org.mdc.report;

import java.math.BigDecimal;
import org.mdc.rules.Parameter;
import org.mdc.rules.RuleSet;

/** How reports say where a parameter's value comes from: its source, or the rulebook that changed it. */
final class Provenances {

  private Provenances() {}

  /** The parameter's provenance in one line; a value changed by a rulebook says so first. */
  static String of(Parameter parameter, RuleSet rules, String ruleId) {
    BigDecimal value = rules.rulebook().overrides().getOrDefault(ruleId, java.util.Map.of()).get(parameter.name());
    if (value != null && value.compareTo(parameter.defaultValue()) != 0) {
      return "set by the rulebook " + rules.rulebook().name() + " (the default, "
          + parameter.defaultValue().stripTrailingZeros().toPlainString() + ", rests on "
          + parameter.provenance().describe() + ")";
    }
    return parameter.provenance().describe();
  }

  /**
   * {@code text} broken into lines of at most {@code width} characters at spaces: the first line
   * starts with {@code first}, the others with {@code next}. A word longer than a line stays whole.
   */
  static String wrap(String text, String first, String next, int width) {
    StringBuilder out = new StringBuilder(first);
    int lineStart = 0;
    boolean empty = true;
    for (String word : text.split(" ")) {
      int length = out.length() - lineStart;
      if (!empty && length + 1 + word.length() > width) {
        out.append('\n');
        lineStart = out.length();
        out.append(next);
        empty = true;
      }
      if (!empty) {
        out.append(' ');
      }
      out.append(word);
      empty = false;
    }
    return out.toString();
  }
}
