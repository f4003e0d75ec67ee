package org.mdc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.mdc.assessment.Assessment;
import org.mdc.assessment.Assumption;
import org.mdc.assessment.Complement;
import org.mdc.assessment.ConfigurationVerdict;
import org.mdc.assessment.OverTheHorizonPlan;
import org.mdc.assessment.Reason;
import org.mdc.assessment.Recommendation;
import org.mdc.assessment.RowTrial;
import org.mdc.assessment.Timeline;
import org.mdc.model.Mission;
import org.mdc.model.Range;
import org.mdc.model.Zone;
import org.mdc.rules.Finding;
import org.mdc.rules.OrganizationChoice;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleInfo;
import org.mdc.rules.RuleSet;

/** The assessment as one JSON object for machines; field names are snake_case and stable. */
public final class JsonReport implements AssessmentRenderer {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final RuleSet rules;

  public JsonReport(RuleSet rules) {
    this.rules = rules;
  }

  @Override
  public void render(Assessment a, PrintWriter out) {
    render(a, java.util.Optional.empty(), out);
  }

  /** The latest assessment, with {@code as_of} and {@code timeline[]}: one entry per date. */
  @Override
  public void render(Timeline timeline, PrintWriter out) {
    render(timeline.latest().assessment(), java.util.Optional.of(timeline), out);
  }

  private void render(Assessment a, java.util.Optional<Timeline> timeline, PrintWriter out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(a, timeline, g);
      g.flush();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Assessment a, java.util.Optional<Timeline> timeline, JsonGenerator g) throws IOException {
    g.writeStartObject();
    rulebook(a.rulebook(), g);
    zone(a.zone(), g);
    if (timeline.isPresent()) {
      g.writeStringField("as_of", timeline.get().latest().date().map(Object::toString).orElse(null));
    }
    g.writeObjectFieldStart("force");
    range("density", a.force().density(), g);
    range("parity", a.force().parity(), g);
    g.writeNumberField("required_min", a.force().requiredMin());
    if (a.force().requiredHigh() != a.force().requiredMin()) {
      g.writeNumberField("required_at_high_estimate", a.force().requiredHigh());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("helicopters");
    count("for_required_force", a.helicopters().forRequiredForce(), g);
    optionalCount("for_mission", a.helicopters().forMission(), g);
    optionalCount("available", a.helicopters().available(), g);
    g.writeEndObject();
    recommendation(a.recommendation(), a.organization(), g);
    g.writeArrayFieldStart("configurations");
    for (ConfigurationVerdict v : a.configurations()) {
      g.writeStartObject();
      g.writeStringField("type", v.configuration().label());
      g.writeStringField("verdict", v.verdict().label());
      g.writeStringField("role", v.role().label());
      g.writeArrayFieldStart("reasons");
      for (Reason r : v.reasons()) {
        g.writeStartObject();
        g.writeStringField("rule", r.rule());
        g.writeStringField("message", r.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("gaps");
    for (Finding f : a.gaps()) {
      gap(f, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("assumptions");
    for (Assumption s : a.assumptions()) {
      g.writeStartObject();
      g.writeStringField("field", s.field());
      g.writeStringField("assumed", s.assumed());
      g.writeStringField("effect", s.effect());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sensitivity");
    for (org.mdc.assessment.Sensitivity s : a.sensitivity()) {
      g.writeStartObject();
      g.writeStringField("input", s.input());
      g.writeNumberField("threshold", s.threshold());
      g.writeStringField("direction", s.direction().label());
      g.writeStringField("effect", s.effect());
      g.writeBooleanField("at_low_estimate", s.lowEstimate());
      g.writeArrayFieldStart("rules");
      for (String rule : s.rules()) {
        g.writeString(rule);
      }
      g.writeEndArray();
      g.writeStringField("sentence", s.sentence());
      g.writeEndObject();
    }
    g.writeEndArray();
    range("political_mission_staff", a.politicalMissionStaff(), g);
    if (a.overTheHorizon().isPresent()) {
      overTheHorizon(a.overTheHorizon().get(), g);
    }
    if (timeline.isPresent()) {
      timeline(timeline.get(), g);
    }
    sources(g, timeline.isPresent());
    g.writeEndObject();
  }

  private static void timeline(Timeline timeline, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("timeline");
    for (Timeline.Entry e : timeline.entries()) {
      Assessment a = e.assessment();
      g.writeStartObject();
      if (e.date().isPresent()) {
        g.writeStringField("date", e.date().get().toString());
      } else {
        g.writeNullField("date");
      }
      g.writeStringField("primary", a.recommendation().primaryLabel());
      g.writeStringField("row", a.recommendation().row().id());
      g.writeStringField("form", a.recommendation().form());
      g.writeNumberField("required_min", a.force().requiredMin());
      if (a.zone().mission().isPresent()) {
        g.writeObjectFieldStart("mission");
        g.writeStringField("name", a.zone().mission().get().name());
        g.writeStringField("type", a.zone().mission().get().type().label());
        count("troops", a.zone().mission().get().troops(), g);
        g.writeEndObject();
      } else {
        g.writeNullField("mission");
      }
      g.writeArrayFieldStart("gaps");
      for (Finding f : e.gaps()) {
        gap(f, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void rulebook(org.mdc.rules.Rulebook book, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("rulebook");
    g.writeStringField("name", book.name());
    g.writeStringField("description", book.describe());
    g.writeObjectFieldStart("overrides");
    for (Map.Entry<String, Map<String, BigDecimal>> rule : book.overrides().entrySet()) {
      if (rule.getValue().isEmpty()) {
        continue;
      }
      g.writeObjectFieldStart(rule.getKey());
      for (Map.Entry<String, BigDecimal> p : rule.getValue().entrySet()) {
        g.writeNumberField(p.getKey(), p.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeObjectFieldStart("severities");
    for (Map.Entry<String, org.mdc.rules.Severity> s : book.severities().entrySet()) {
      g.writeStringField(s.getKey(), s.getValue().label());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("disabled");
    for (String id : new java.util.TreeSet<>(book.disabled())) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void zone(Zone z, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("zone");
    g.writeStringField("name", z.name());
    count("population", z.population(), g);
    g.writeObjectFieldStart("largest_armed_force");
    g.writeStringField("name", z.largestArmedForce().name());
    g.writeStringField("kind", z.largestArmedForce().kind().label());
    g.writeNumberField("min", z.largestArmedForce().strength().min());
    g.writeNumberField("max", z.largestArmedForce().strength().max());
    g.writeEndObject();
    optionalCount("helicopters", z.helicopters(), g);
    g.writeStringField("host_consent", z.hostConsent().label());
    g.writeStringField("host_role", z.hostRole().label());
    g.writeStringField("threat", z.threat().label());
    g.writeStringField("phase", z.phase().label());
    g.writeStringField("atrocities", z.atrocities().label());
    g.writeStringField("armed_conflict", z.armedConflict().label());
    g.writeStringField("objectives_reconcilable", z.objectivesReconcilable().label());
    g.writeStringField("military_backing", z.militaryBacking().label());
    if (z.presences().size() == 1) {
      g.writeStringField("existing_presence", z.existingPresence().label());
    } else {
      g.writeArrayFieldStart("existing_presence");
      for (var presence : z.presences()) {
        g.writeString(presence.label());
      }
      g.writeEndArray();
    }
    optionalNumber("area_km2", z.areaKm2(), g);
    if (z.mission().isPresent()) {
      mission(z.mission().get(), g);
    }
    g.writeEndObject();
  }

  private static void mission(Mission m, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("mission");
    g.writeStringField("name", m.name());
    g.writeStringField("type", m.type().label());
    count("troops", m.troops(), g);
    g.writeNumberField("civilians", m.civilians());
    optionalNumber("helicopters", m.helicopters(), g);
    optionalNumber("helicopters_authorized", m.helicoptersAuthorized(), g);
    g.writeArrayFieldStart("tasks");
    for (var t : org.mdc.model.Task.values()) {
      if (m.has(t)) {
        g.writeString(t.label());
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tripwires");
    for (String t : m.tripwires()) {
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeStringField("staging", m.staging().orElse(""));
    optionalNumber("response_hours", m.responseHours(), g);
    optionalNumber("police", m.police(), g);
    if (m.useOfForce().isPresent()) {
      g.writeStringField("use_of_force", m.useOfForce().get().label());
    } else {
      g.writeNullField("use_of_force");
    }
    g.writeArrayFieldStart("caveats");
    for (String c : m.caveats()) {
      g.writeString(c);
    }
    g.writeEndArray();
    if (m.staffPolicy().isPresent()) {
      g.writeStringField("staff_policy", m.staffPolicy().get().label());
    } else {
      g.writeNullField("staff_policy");
    }
    if (m.reporting().isPresent()) {
      g.writeObjectFieldStart("reporting");
      optionalNumber("cadence_days", m.reporting().get().cadenceDays(), g);
      g.writeArrayFieldStart("triggers");
      for (String t : m.reporting().get().triggers()) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeEndObject();
    } else {
      g.writeNullField("reporting");
    }
    g.writeEndObject();
  }

  private static void recommendation(Recommendation r, Optional<OrganizationChoice.Advice> organization,
      JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("recommendation");
    g.writeStringField("primary", r.primaryLabel());
    g.writeStringField("form", r.form());
    g.writeStringField("row", r.row().id());
    g.writeStringField("situation", r.row().situation());
    g.writeStringField("rule", r.row().basis());
    g.writeArrayFieldStart("complements");
    for (Complement c : r.complements()) {
      g.writeStartObject();
      g.writeStringField("type", c.kind());
      g.writeStringField("role", c.role());
      g.writeStringField("rule", c.rule());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("trace");
    for (RowTrial t : r.trace()) {
      g.writeStartObject();
      g.writeStringField("row", t.row());
      g.writeStringField("matched", t.truth().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("reason", t.reason());
      if (t.fallThrough().isPresent()) {
        g.writeStringField("falls_through", t.fallThrough().get());
      } else {
        g.writeNullField("falls_through");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (Recommendation.Note n : r.notes()) {
      g.writeStartObject();
      g.writeStringField("rule", n.rule());
      g.writeStringField("message", n.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (organization.isPresent()) {
      organization(organization.get(), g);
    }
    g.writeEndObject();
  }

  private static void organization(OrganizationChoice.Advice o, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("organization");
    g.writeStringField("kind", o.kind().label());
    if (o.name().isPresent()) {
      g.writeStringField("name", o.name().get());
    }
    g.writeArrayFieldStart("reasons");
    for (OrganizationChoice.Reason r : o.reasons()) {
      g.writeStartObject();
      g.writeStringField("rule", r.rule());
      g.writeStringField("message", r.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void gap(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", f.rule());
    g.writeStringField("severity", f.severity().label());
    g.writeStringField("topic", f.topic().label());
    g.writeStringField("field", f.field());
    optionalNumber("required", f.required(), g);
    optionalNumber("actual", f.actual(), g);
    if (f.required().isPresent() && f.actual().isPresent()) {
      g.writeNumberField("shortfall", f.shortfall());
    } else {
      g.writeNullField("shortfall");
    }
    optionalNumber("shortfall_pct", f.shortfallPercent(), g);
    if (f.high().isPresent()) {
      org.mdc.rules.Measure high = f.high().get();
      g.writeObjectFieldStart("at_high_estimate");
      g.writeNumberField("required", high.required());
      g.writeNumberField("actual", high.actual());
      g.writeNumberField("shortfall", high.shortfall());
      optionalNumber("shortfall_pct", high.shortfallPercent(), g);
      g.writeEndObject();
    }
    g.writeStringField("message", f.message());
    g.writeEndObject();
  }

  private static void overTheHorizon(OverTheHorizonPlan p, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("over_the_horizon");
    g.writeArrayFieldStart("tripwires");
    for (String t : p.tripwires()) {
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeStringField("staging", p.staging().orElse(""));
    optionalNumber("response_hours", p.responseHours(), g);
    count("troops_to_bring", p.troopsToBring(), g);
    optionalCount("helicopters", p.helicopters(), g);
    g.writeEndObject();
  }

  private void sources(JsonGenerator g, boolean timeline) throws IOException {
    g.writeArrayFieldStart("rules");
    for (Rule rule : rules.all()) {
      if (rule.comparesDates() && !timeline) {
        continue;
      }
      RuleInfo info = rule.info();
      g.writeStartObject();
      g.writeStringField("id", info.id());
      g.writeStringField("source", info.source().cite());
      Map<String, BigDecimal> parameters = rules.parameters(info);
      if (!parameters.isEmpty()) {
        g.writeObjectFieldStart("parameters");
        for (Map.Entry<String, BigDecimal> p : parameters.entrySet()) {
          g.writeNumberField(p.getKey(), p.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("provenance");
        for (org.mdc.rules.Parameter p : info.parameters()) {
          g.writeObjectFieldStart(p.name());
          g.writeStringField("kind", p.provenance().kind().label());
          g.writeStringField("reference", p.provenance().reference());
          g.writeStringField("statement", p.provenance().statement());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void range(String name, Range r, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("min", r.min());
    g.writeNumberField("max", r.max());
    g.writeEndObject();
  }

  /** A count: a number when it is one figure, {@code {"min": .., "max": ..}} when it is a range of estimates. */
  private static void count(String name, Range r, JsonGenerator g) throws IOException {
    if (r.isSingle()) {
      g.writeNumberField(name, r.min());
    } else {
      range(name, r, g);
    }
  }

  private static void optionalCount(String name, java.util.Optional<Range> r, JsonGenerator g) throws IOException {
    if (r.isPresent()) {
      count(name, r.get(), g);
    } else {
      g.writeNullField(name);
    }
  }

  private static void optionalNumber(String name, OptionalLong value, JsonGenerator g) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsLong());
    } else {
      g.writeNullField(name);
    }
  }
}
