package org.mdc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.mdc.check.CheckFinding;
import org.mdc.check.CheckResult;
import org.mdc.rules.Severity;

/**
 * The check's findings as one JSON object. Suppressed findings are listed too, each with the
 * comment's place and reason, and {@code fails: false}; the summary's counts leave them out.
 */
public final class CheckJsonReport implements CheckRenderer {

  @Override
  public void render(CheckResult result, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (String file : result.files()) {
        g.writeString(file);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (CheckFinding f : result.findings()) {
        g.writeStartObject();
        g.writeStringField("file", f.place().file());
        g.writeNumberField("line", f.place().line());
        g.writeNumberField("column", f.place().column());
        g.writeStringField("field", f.finding().field());
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", CheckRenderer.level(f.severity()));
        g.writeStringField("message", f.message());
        if (f.finding().required().isPresent()) {
          g.writeNumberField("required", f.finding().required().getAsLong());
        }
        if (f.finding().actual().isPresent()) {
          g.writeNumberField("actual", f.finding().actual().getAsLong());
        }
        if (result.baseline()) {
          g.writeStringField("baseline", f.state().label());
        }
        if (f.before() != null) { // worse than in the baseline: what it was there
          g.writeObjectFieldStart("baseline_finding");
          g.writeStringField("severity", CheckRenderer.level(f.before().severity()));
          if (f.before().required().isPresent()) {
            g.writeNumberField("required", f.before().required().getAsLong());
          }
          if (f.before().actual().isPresent()) {
            g.writeNumberField("actual", f.before().actual().getAsLong());
          }
          g.writeStringField("message", f.before().message());
          g.writeEndObject();
        }
        if (f.suppressed()) { // silenced by a comment in the draft, with its reason as written
          g.writeObjectFieldStart("suppressed");
          g.writeNumberField("line", f.suppression().place().line());
          g.writeNumberField("column", f.suppression().place().column());
          g.writeStringField("reason", f.suppression().reason());
          g.writeEndObject();
        }
        g.writeBooleanField("fails", result.failing(f));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("errors", result.count(Severity.ERROR));
      g.writeNumberField("warnings", result.count(Severity.WARNING));
      g.writeNumberField("notes", result.count(Severity.INFO));
      g.writeNumberField("suppressed", result.suppressed());
      g.writeStringField("fail_on", result.failLevel().label());
      g.writeBooleanField("failed", result.fails());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write("\n");
  }
}
