package org.mdc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mdc.check.CheckFinding;
import org.mdc.check.CheckResult;
import org.mdc.check.SuppressionRule;
import org.mdc.io.SuppressionComments;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleInfo;
import org.mdc.rules.RuleSet;

/**
 * A SARIF 2.1.0 log, ready for code-scanning upload: the tool driver lists every rule with its
 * help text and source, then the two rules about suppression comments; each result has its rule,
 * level, message and physical location, and a finding the draft suppresses has a {@code
 * suppressions} entry of kind {@code inSource} whose justification is the comment's reason.
 */
public final class SarifReport implements CheckRenderer {

  private static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private final RuleSet rules;
  private final String version;

  public SarifReport(RuleSet rules, String version) {
    this.rules = rules;
    this.version = version;
  }

  @Override
  public void render(CheckResult result, Writer out) throws IOException {
    // A rule that compares the dates of a timeline is listed only when a finding of it is reported,
    // so that the report on drafts without snapshots stays as it was.
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (CheckFinding f : result.findings()) {
      reported.add(f.rule());
    }
    List<Rule> all = new java.util.ArrayList<>();
    for (Rule r : rules.all()) {
      if (!r.comparesDates() || reported.contains(r.id())) {
        all.add(r);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i).id(), i);
    }
    for (SuppressionRule rule : SuppressionRule.values()) {
      index.put(rule.id(), all.size() + rule.ordinal());
    }
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      driver(g, all);
      g.writeArrayFieldStart("results");
      for (CheckFinding f : result.findings()) {
        result(g, f, index.get(f.rule()), result.baseline());
      }
      g.writeEndArray();
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeObjectFieldStart("properties");
      g.writeStringField("rulebook", result.rulebook());
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
  }

  private void driver(JsonGenerator g, List<Rule> all) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "mdc");
    g.writeStringField("fullName", "mdc, the mission-design calculator");
    g.writeStringField("version", version);
    g.writeStringField("semanticVersion", version);
    g.writeArrayFieldStart("rules");
    for (Rule rule : all) {
      RuleInfo info = rule.info();
      g.writeStartObject();
      g.writeStringField("id", info.id());
      g.writeStringField("name", camel(info.id()));
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", info.title());
      g.writeEndObject();
      g.writeObjectFieldStart("fullDescription");
      g.writeStringField("text", info.title() + ". Source: " + info.source().cite() + ".");
      g.writeEndObject();
      g.writeObjectFieldStart("help");
      g.writeStringField("text", info.title() + ".\nSource: " + info.source().cite()
          + ".\nRun 'mdc assess' on the draft for the full report, with every figure and its rule.");
      g.writeStringField("markdown", "**" + info.title() + "**\n\nSource: " + info.source().cite()
          + "\n\nRun `mdc assess` on the draft for the full report, with every figure and its rule.");
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("source", info.source().cite());
      g.writeEndObject();
      g.writeEndObject();
    }
    for (SuppressionRule rule : SuppressionRule.values()) {
      g.writeStartObject();
      g.writeStringField("id", rule.id());
      g.writeStringField("name", camel(rule.id()));
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", rule.title());
      g.writeEndObject();
      g.writeObjectFieldStart("help");
      g.writeStringField("text", rule.title() + ".\nA suppression is written '" + SuppressionComments.FORM
          + "', at the end of the line at fault or on the line above it.");
      g.writeEndObject();
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", CheckRenderer.level(rule.severity()));
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, CheckFinding f, int ruleIndex, boolean baseline) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.rule());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", CheckRenderer.level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", CheckRenderer.uri(f.place().file()));
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", f.place().line());
    g.writeNumberField("startColumn", f.place().column());
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    if (f.suppressed()) { // in the draft, with the reason it gives: code scanning shows it as dismissed
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "inSource");
      g.writeStringField("justification", f.suppression().reason());
      g.writeObjectFieldStart("location");
      g.writeObjectFieldStart("physicalLocation");
      g.writeObjectFieldStart("artifactLocation");
      g.writeStringField("uri", CheckRenderer.uri(f.suppression().place().file()));
      g.writeEndObject();
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", f.suppression().place().line());
      g.writeNumberField("startColumn", f.suppression().place().column());
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
    }
    if (baseline) {
      g.writeStringField("baselineState", f.state().label());
    }
    g.writeObjectFieldStart("properties");
    g.writeStringField("field", f.finding().field());
    if (f.finding().required().isPresent()) {
      g.writeNumberField("required", f.finding().required().getAsLong());
    }
    if (f.finding().actual().isPresent()) {
      g.writeNumberField("actual", f.finding().actual().getAsLong());
    }
    if (f.before() != null) { // updated: the baseline's values beside the draft's
      g.writeStringField("baselineLevel", CheckRenderer.level(f.before().severity()));
      if (f.before().required().isPresent()) {
        g.writeNumberField("baselineRequired", f.before().required().getAsLong());
      }
      if (f.before().actual().isPresent()) {
        g.writeNumberField("baselineActual", f.before().actual().getAsLong());
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String camel(String id) {
    StringBuilder s = new StringBuilder();
    for (String part : id.split("-")) {
      s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return s.toString();
  }
}
