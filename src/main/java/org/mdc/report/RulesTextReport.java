package org.mdc.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;
import org.mdc.rules.Parameter;
import org.mdc.rules.Rule;
import org.mdc.rules.Claim;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleInfo;
import org.mdc.rules.RuleSet;

/** The rules as plain text, for {@code mdc rules} and {@code mdc rules ID}. */
public final class RulesTextReport implements RulesRenderer {

  @Override
  public void list(RuleSet rules, PrintWriter out) {
    out.println("mdc applies " + rules.all().size() + " rules (rulebook: "
        + Printable.text(rules.rulebook().describe()) + ")");
    for (Rule rule : rules.all()) {
      RuleInfo info = rule.info();
      out.println();
      out.println(info.id() + "  (up to " + info.severity().label() + ")");
      out.println("  " + info.title());
      out.println("  source: " + info.source().cite());
      Map<String, BigDecimal> values = rules.parameters(info);
      for (Parameter p : info.parameters()) {
        out.println("  " + p.name() + " = " + Parameter.plain(values.get(p.name())) + ": "
            + p.provenance().kind().label() + " (" + p.provenance().reference() + ")");
      }
    }
  }

  @Override
  public void explain(Rule rule, RuleSet rules, PrintWriter out) {
    RuleInfo info = rule.info();
    out.println(info.id());
    out.println("  " + info.title() + ".");
    out.println();
    out.println("Most serious finding: " + info.severity().label());
    out.println("Source: " + info.source().cite());
    if (!info.parameters().isEmpty()) {
      out.println("Parameters (in force, default, meaning):");
      Map<String, BigDecimal> values = rules.parameters(info);
      for (Parameter p : info.parameters()) {
        out.println("  " + p.name() + " = " + Parameter.plain(values.get(p.name()))
            + "  (default " + Parameter.plain(p.defaultValue()) + "; " + p.range() + ")  " + p.meaning());
        out.println("      rests on: " + p.provenance().describe());
      }
    }
    out.println("Worked example: " + info.example().text());
    out.println("  rests on: " + info.example().provenance().describe());
    if (!rule.claims().isEmpty()) {
      out.println("What its advice rests on:");
      for (Claim claim : rule.claims()) {
        out.println("  - " + claim.says());
        out.println("      rests on: " + claim.provenance().describe());
      }
    }
  }
}
