package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import org.mdc.assessment.Comparison;
import org.mdc.report.ComparisonColumns.Column;
import org.mdc.rules.RuleSet;

/**
 * Compared missions as a Markdown table laid out like Table 1 of 002 (Bellamy & Lupel): region,
 * population, mission, the two required sizes as ranges, and the actual size; then the gaps.
 * The columns are {@link ComparisonColumns#TABLE}.
 */
public final class MarkdownComparison implements ComparisonRenderer {

  private final Writer out;
  private final RuleSet rules;

  /** @param rules the rules in force, whose density rate the density column's title names */
  public MarkdownComparison(Writer out, RuleSet rules) {
    this.out = out;
    this.rules = rules;
  }

  @Override
  public void begin() throws IOException {
    StringBuilder head = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (Column column : ComparisonColumns.TABLE) {
      head.append(' ').append(column.title(rules)).append(" |");
      rule.append(column.isNumeric() ? " ---: |" : " --- |");
    }
    out.write(head.append('\n').append(rule).append('\n').toString());
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void row(Comparison comparison) throws IOException {
    StringBuilder row = new StringBuilder("|");
    for (Column column : ComparisonColumns.TABLE) {
      row.append(' ').append(escape(column.text(comparison))).append(" |");
    }
    out.write(row.append('\n').toString());
  }

  private static String escape(String text) {
    return Printable.markdown(text);
  }
}
