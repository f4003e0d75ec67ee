package org.mdc.report;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mdc.assessment.Assessment;
import org.mdc.assessment.Assumption;
import org.mdc.assessment.Complement;
import org.mdc.assessment.ConfigurationVerdict;
import org.mdc.assessment.OverTheHorizonPlan;
import org.mdc.assessment.Reason;
import org.mdc.assessment.Recommendation;
import org.mdc.assessment.RowTrial;
import org.mdc.assessment.Timeline;
import org.mdc.assessment.Sensitivity;
import org.mdc.model.Configuration;
import org.mdc.model.Mission;
import org.mdc.model.Zone;
import org.mdc.rules.Finding;
import org.mdc.rules.ForceRequirement;
import org.mdc.rules.HelicopterNeed;
import org.mdc.rules.HelicopterRatio;
import org.mdc.rules.OrganizationChoice;
import org.mdc.rules.Parameter;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Severity;

/**
 * The assessment as a report a planner reads in a minute: recommendation first, then figures,
 * gaps and sources. Text from the input is neutralised ({@link Printable}): a zone's name cannot
 * move the cursor, recolour the terminal or forge a line.
 */
public final class TextReport implements AssessmentRenderer {

  private final RuleSet rules;
  private final Style style;

  public TextReport(RuleSet rules) {
    this(rules, Style.PLAIN);
  }

  public TextReport(RuleSet rules, Style style) {
    this.rules = rules;
    this.style = style;
  }

  @Override
  public void render(Assessment a, PrintWriter writer) {
    render(a, java.util.Optional.empty(), writer);
  }

  /** The assessment at the latest date, after a timeline of every date. */
  @Override
  public void render(Timeline timeline, PrintWriter writer) {
    render(timeline.latest().assessment(), java.util.Optional.of(timeline), writer);
  }

  private void render(Assessment a, java.util.Optional<Timeline> timeline, PrintWriter writer) {
    StringBuilder out = new StringBuilder();
    Set<String> cited = new LinkedHashSet<>();
    header(a, timeline, out);
    if (timeline.isPresent()) {
      timeline(timeline.get(), out, cited);
    }
    recommendation(a, out, cited);
    force(a, out, cited);
    configurations(a, out, cited);
    gaps(a, out, cited);
    sensitivity(a, out, cited);
    sources(cited, out);
    writer.print(out);
    writer.flush();
  }

  private void header(Assessment a, java.util.Optional<Timeline> timeline, StringBuilder out) {
    Zone z = a.zone();
    out.append("mdc assessment: ").append(p(z.name())).append('\n');
    TextTable table = new TextTable("  ");
    if (timeline.isPresent()) {
      int dates = timeline.get().entries().size();
      table.row("as of", timeline.get().latest().label() + (dates == 1 ? ""
          : " (the latest of " + dates + " dates; see TIMELINE)"));
    }
    table
        .row("population", Figures.range(z.population()))
        .row("largest armed force", Figures.range(z.largestArmedForce().strength())
            + (z.largestArmedForce().name().isEmpty() ? "" : " (" + z.largestArmedForce().name() + ")"))
        .row("helicopters in zone", z.helicopters().isPresent() ? Figures.range(z.helicopters().get()) : "not counted")
        .row("host consent", z.hostConsent().label() + ", host role: " + z.hostRole().label())
        .row("threat", z.threat().label() + ", phase: " + z.phase().label() + ", atrocities: " + z.atrocities().label())
        .row("mission", z.mission().isPresent() ? mission(z.mission().get()) : "none described")
        .row("rulebook", a.rulebook().describe());
    table.appendTo(out);
  }

  private static String mission(Mission m) {
    return m.name() + " (" + m.type().label() + ", " + Figures.range(m.troops()) + " troops, "
        + Figures.count(m.civilians()) + " civilians)";
  }

  private void timeline(Timeline t, StringBuilder out, Set<String> cited) {
    if (t.entries().size() < 2) {
      return;
    }
    long flagged = 0;
    for (Finding f : t.reconfigurations()) {
      if (f.severity() != Severity.INFO) {
        flagged++;
      }
    }
    out.append("\n").append(style.heading("TIMELINE")).append(" (").append(t.entries().size()).append(" dates, ")
        .append(flagged).append(flagged == 1 ? " reconfiguration warning)" : " reconfiguration warnings)").append('\n');
    TextTable table = new TextTable("  ").row("date", "primary", "required", "mission", "troops", "gaps");
    for (Timeline.Entry e : t.entries()) {
      Assessment a = e.assessment();
      Optional<Mission> m = a.zone().mission();
      table.row(e.label(), a.recommendation().primaryLabel(), Figures.count(a.force().requiredMin()),
          m.isPresent() ? p(m.get().name()) : "none",
          m.isPresent() ? Figures.range(m.get().troops()) : "-",
          a.count(Severity.ERROR) + " error, " + a.count(Severity.WARNING) + " warning");
    }
    table.appendTo(out);
    cited.add("reconfiguration");
    for (Timeline.Entry e : t.entries()) {
      for (Finding f : e.changes()) {
        out.append("  - ").append(style.severity(f.severity(), p(f.message()))).append(" [").append(f.rule())
            .append("]\n");
      }
    }
    if (t.reconfigurations().isEmpty()) {
      out.append("  - no date where the recommendation or the required force changed while the mission stayed as it was"
          + " [reconfiguration]\n");
    }
  }

  private void recommendation(Assessment a, StringBuilder out, Set<String> cited) {
    Recommendation r = a.recommendation();
    out.append("\n").append(style.heading("RECOMMENDATION")).append("\n");
    out.append("  Primary: ").append(r.form()).append(" [").append(r.row().basis()).append("]\n");
    cited.add(r.row().basis());
    out.append("  Why: decision table row ").append(r.row().id()).append(", ").append(r.row().situation()).append('\n');
    for (RowTrial t : r.trace()) {
      out.append("    row ").append(t.row()).append(' ')
          .append(t.truth().name().toLowerCase(Locale.ROOT)).append(": ").append(p(t.reason()));
      if (t.fallThrough().isPresent()) {
        out.append("; falls through: ").append(p(t.fallThrough().get()));
      }
      out.append('\n');
    }
    for (Complement c : r.complements()) {
      out.append(c.configuration().isPresent() ? "  Complement: " : "  Lever: ").append(p(c.role()))
          .append(" [").append(c.rule()).append("]\n");
      cited.add(c.rule());
    }
    for (Recommendation.Note n : r.notes()) {
      out.append("  Note: ").append(p(n.message())).append(" [").append(n.rule()).append("]\n");
      cited.add(n.rule());
    }
    if (a.organization().isPresent()) {
      organization(a.organization().get(), out, cited);
    }
    if (a.overTheHorizon().isPresent()) {
      overTheHorizon(a.overTheHorizon().get(), out, cited);
    }
    if (r.isPrimary(Configuration.POLITICAL_MISSION)
        || a.zone().mission().isPresent() && a.zone().mission().get().type().isPolitical()) {
      out.append("  Political mission staff: ").append(Figures.range(a.politicalMissionStaff()))
          .append(" [political-mission-size]\n");
      cited.add("political-mission-size");
    }
  }

  private static void organization(OrganizationChoice.Advice o, StringBuilder out, Set<String> cited) {
    out.append("  Organization: ").append(o.kind().label()).append(" (").append(o.kind().title()).append(')')
        .append(o.name().isPresent() ? ": " + p(o.name().get()) : "")
        .append(" [").append(OrganizationChoice.INFO.id()).append("]\n");
    cited.add(OrganizationChoice.INFO.id());
    for (OrganizationChoice.Reason r : o.reasons()) {
      out.append("    - ").append(p(r.message())).append(" [").append(r.rule()).append("]\n");
      cited.add(r.rule());
    }
  }

  /** Text from the input (a name, a message that repeats one), neutralised for a terminal. */
  private static String p(String text) {
    return Printable.text(text);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static void overTheHorizon(OverTheHorizonPlan p, StringBuilder out, Set<String> cited) {
    cited.add("tripwires");
    out.append("  Over-the-horizon force [tripwires]:\n");
    new TextTable("    ")
        .row("must be able to bring", Figures.range(p.troopsToBring()) + " troops")
        .row("tripwires", p.tripwires().isEmpty() ? "none named yet: define them" : String.join("; ", p.tripwires()))
        .row("staging", p.staging().orElse("none named yet"))
        .row("response time", p.responseHours().isPresent()
            ? p.responseHours().getAsLong() + " hours from tripwire to arrival"
            : "not stated: state it, and judge it against your doctrine")
        .row("lift", p.helicopters().isPresent()
            ? Figures.range(p.helicopters()) + " helicopters at hand"
            : "helicopters at hand not counted")
        .appendTo(out);
  }

  private void force(Assessment a, StringBuilder out, Set<String> cited) {
    ForceRequirement f = a.force();
    HelicopterNeed h = a.helicopters();
    out.append("\n").append(style.heading("FORCE REQUIRED (for a force that must protect civilians)")).append("\n");
    String ratio = rules.parameter(HelicopterRatio.INFO, "troops_per_helicopter");
    TextTable table = new TextTable("  ")
        .row("figure", "value", "rule")
        .row("density, " + Figures.densityRate(rules, " to "), Figures.range(f.density()), "force-density")
        .row("parity with the largest armed force", Figures.range(f.parity()), "force-parity")
        .row("minimum credible force", Figures.range(f.required()), "force-required")
        .row("helicopters for that force, one per " + ratio, Figures.range(h.forRequiredForce()), "helicopter-ratio");
    if (h.forMission().isPresent()) {
      table.row("helicopters for the mission's own troops", Figures.range(h.forMission()), "helicopter-ratio");
    }
    table.row("helicopters at hand", h.available().isPresent() ? Figures.range(h.available()) : "not counted", "")
        .appendTo(out);
    cited.add("force-density");
    cited.add("force-parity");
    cited.add("force-required");
    cited.add("helicopter-ratio");
  }

  private void configurations(Assessment a, StringBuilder out, Set<String> cited) {
    out.append("\n").append(style.heading("CONFIGURATIONS")).append("\n");
    for (ConfigurationVerdict v : a.configurations()) {
      out.append("  ").append(pad(v.configuration().title(), 24)).append(' ').append(pad(v.verdict().label().replace('-', ' '), 13))
          .append(' ').append(v.role().label().replace('-', ' ')).append('\n');
      for (Reason r : v.reasons()) {
        out.append("      - ").append(p(r.message())).append(" [").append(r.rule()).append("]\n");
        cited.add(r.rule());
      }
    }
  }

  private void gaps(Assessment a, StringBuilder out, Set<String> cited) {
    out.append("\n").append(style.heading("GAPS")).append(" (").append(a.count(Severity.ERROR)).append(" error, ").append(a.count(Severity.WARNING))
        .append(" warning, ").append(a.count(Severity.INFO)).append(" info)\n");
    TextTable table = new TextTable("  ").row("severity", "topic", "rule", "required", "actual", "shortfall");
    for (Finding g : a.gaps()) {
      table.row(g.severity().label(), g.topic().label(), g.rule(), Figures.required(g), Figures.actual(g),
          Figures.shortfall(g));
      cited.add(g.rule());
    }
    table.appendTo(out);
    out.append('\n');
    int i = 1;
    for (Finding g : a.gaps()) {
      out.append(i < 10 ? "   " : "  ").append(i++).append(". ").append(style.severity(g.severity(), p(g.message())))
          .append(" [").append(g.rule()).append("]\n");
    }
  }

  /** How many thresholds of the numeric inputs the text report shows: those that matter most. */
  private static final int THRESHOLDS_SHOWN = 3;

  /**
   * What would change the answer: the thresholds of the numeric inputs that matter most, then
   * the optional fields left unknown, each with what it was taken as and what it would change.
   */
  private void sensitivity(Assessment a, StringBuilder out, Set<String> cited) {
    out.append("\n").append(style.heading("SENSITIVITY"));
    if (a.sensitivity().isEmpty() && a.assumptions().isEmpty()) {
      out.append(": no figure within a factor of four changes the answer, and every optional field was given\n");
      return;
    }
    out.append('\n');
    if (a.sensitivity().isEmpty()) {
      out.append("  - figures: none within a factor of four of those given would change the answer\n");
    }
    for (Sensitivity s : a.sensitivity().subList(0, Math.min(THRESHOLDS_SHOWN, a.sensitivity().size()))) {
      out.append("  - ").append(p(s.sentence())).append('\n');
      cited.addAll(s.rules());
    }
    if (a.sensitivity().size() > THRESHOLDS_SHOWN) {
      int more = a.sensitivity().size() - THRESHOLDS_SHOWN;
      out.append("    (").append(more).append(more == 1 ? " more threshold" : " more thresholds")
          .append(" in --format json and html)\n");
    }
    if (a.assumptions().isEmpty()) {
      out.append("  - assumptions: none, every optional field was given\n");
    }
    for (Assumption s : a.assumptions()) {
      out.append("  - ").append(p(s.field())).append(": ").append(p(s.assumed())).append("; ")
          .append(p(s.effect())).append('\n');
    }
  }

  private void sources(Set<String> cited, StringBuilder out) {
    out.append("\n").append(style.heading("SOURCES")).append("\n");
    TextTable table = new TextTable("  ");
    for (Rule rule : rules.all()) {
      if (cited.contains(rule.id())) {
        table.row(rule.id(), rule.info().source().cite());
      }
    }
    table.appendTo(out);
    for (Rule rule : rules.all()) {
      if (!cited.contains(rule.id())) {
        continue;
      }
      for (Parameter p : rule.info().parameters()) {
        out.append(Provenances.wrap(rule.id() + "." + p.name() + " = " + rules.parameter(rule.info(), p.name()) + ": "
            + Provenances.of(p, rules, rule.id()), "  ", "      ", 100)).append('\n');
      }
    }
  }
}
