package org.mdc.report;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.mdc.assessment.Assessment;
import org.mdc.assessment.Assumption;
import org.mdc.assessment.ConfigurationVerdict;
import org.mdc.assessment.Reason;
import org.mdc.assessment.Recommendation;
import org.mdc.assessment.RowTrial;
import org.mdc.assessment.Timeline;
import org.mdc.model.Configuration;
import org.mdc.model.Range;
import org.mdc.model.Zone;
import org.mdc.rules.Finding;
import org.mdc.rules.HelicopterNeed;
import org.mdc.rules.HelicopterRatio;
import org.mdc.rules.OrganizationChoice;
import org.mdc.rules.Parameter;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;

/**
 * One assessment as a self-contained HTML page with an inline SVG chart: the troops required
 * (density as a band, parity as a bar) against the force at hand, helicopters required against
 * available, then the configurations, gaps, assumptions and sources. Every chart has a table
 * with the same figures.
 */
public final class HtmlReport implements AssessmentRenderer {

  private static final int WIDTH = 720;
  private static final int LABEL = 190;
  private static final int ROW = 34;

  private final RuleSet rules;

  public HtmlReport(RuleSet rules) {
    this.rules = rules;
  }

  @Override
  public void render(Assessment a, PrintWriter writer) {
    render(a, Optional.empty(), writer);
  }

  /** The assessment at the latest date, after a chart and a table of every date. */
  @Override
  public void render(Timeline timeline, PrintWriter writer) {
    render(timeline.latest().assessment(), Optional.of(timeline), writer);
  }

  private void render(Assessment a, Optional<Timeline> timeline, PrintWriter writer) {
    StringBuilder out = new StringBuilder(16_384);
    Set<String> cited = new LinkedHashSet<>();
    Zone z = a.zone();
    out.append(Html.head("mdc assessment: " + z.name()));
    out.append("<h1>").append(Html.escape(z.name())).append("</h1>\n");
    out.append("<p>Population ").append(Figures.range(z.population())).append("; largest armed force ")
        .append(Figures.range(z.largestArmedForce().strength())).append("; host consent ")
        .append(Html.escape(z.hostConsent().label())).append("; mission: ")
        .append(Html.escape(z.mission().map(m -> m.name() + " (" + m.type().title() + ", "
            + Figures.range(m.troops()) + " troops)").orElse("none described")))
        .append(". Rulebook: ").append(Html.escape(a.rulebook().describe())).append(".</p>\n");
    if (timeline.isPresent()) {
      out.append("<p>As of <strong>").append(timeline.get().latest().label()).append("</strong>")
          .append(timeline.get().entries().size() > 1 ? ", the latest of " + timeline.get().entries().size()
              + " dates; the sections after the timeline are for that date." : ".").append("</p>\n");
      if (timeline.get().entries().size() > 1) {
        timeline(timeline.get(), out);
        cited.add("reconfiguration");
      }
    }

    Recommendation r = a.recommendation();
    out.append("<h2>Recommendation</h2>\n<p><strong>").append(Html.escape(capital(r.form())))
        .append("</strong> (decision table row ").append(r.row().id()).append(": ")
        .append(Html.escape(r.row().situation())).append("; rule <code>")
        .append(r.row().basis()).append("</code>).</p>\n");
    cited.add(r.row().basis());
    out.append("<ol class=\"trace\">\n");
    for (RowTrial t : r.trace()) {
      out.append("<li>Row ").append(t.row()).append(' ').append(t.truth().name().toLowerCase(java.util.Locale.ROOT))
          .append(": ").append(Html.escape(t.reason()));
      t.fallThrough().ifPresent(why -> out.append("; falls through: ").append(Html.escape(why)));
      out.append("</li>\n");
    }
    out.append("</ol>\n");
    if (!r.complements().isEmpty() || !r.notes().isEmpty()) {
      out.append("<ul>\n");
      r.complements().forEach(c -> {
        out.append("<li>").append(c.configuration().isPresent() ? "Complement: " : "Lever: ").append(Html.escape(c.role()))
            .append(" <code>").append(c.rule()).append("</code></li>\n");
        cited.add(c.rule());
      });
      r.notes().forEach(n -> {
        out.append("<li>").append(Html.escape(capital(n.message()))).append(" <code>").append(n.rule()).append("</code></li>\n");
        cited.add(n.rule());
      });
      out.append("</ul>\n");
    }
    a.organization().ifPresent(o -> {
      out.append("<p>Organization: <strong>")
          .append(Html.escape(o.kind().label() + " (" + o.kind().title() + ")"
              + o.name().map(n -> ": " + n).orElse("")))
          .append("</strong>")
          .append(" <code>").append(OrganizationChoice.INFO.id()).append("</code></p>\n<ul>\n");
      cited.add(OrganizationChoice.INFO.id());
      o.reasons().forEach(reason -> {
        out.append("<li>").append(Html.escape(capital(reason.message()))).append(" <code>").append(reason.rule())
            .append("</code></li>\n");
        cited.add(reason.rule());
      });
      out.append("</ul>\n");
    });

    force(a, out);
    cited.add("force-density");
    cited.add("force-parity");
    cited.add("force-required");
    cited.add("helicopter-ratio");

    out.append("<h2>Configurations</h2>\n<table>\n<caption>The three configurations and why</caption>\n")
        .append("<thead><tr><th scope=\"col\">Configuration</th><th scope=\"col\">Verdict</th><th scope=\"col\">Role</th>")
        .append("<th scope=\"col\">Reasons (rule)</th></tr></thead>\n<tbody>\n");
    for (ConfigurationVerdict v : a.configurations()) {
      out.append("<tr><th scope=\"row\">").append(Html.escape(v.configuration().title())).append("</th><td>")
          .append(v.verdict().label()).append("</td><td>").append(v.role().label().replace('-', ' ')).append("</td><td><ul>");
      for (Reason reason : v.reasons()) {
        out.append("<li>").append(Html.escape(reason.message())).append(" <code>").append(reason.rule()).append("</code></li>");
        cited.add(reason.rule());
      }
      out.append("</ul></td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");

    out.append("<h2>Gaps</h2>\n<table>\n<caption>Gap report: ").append(a.gaps().size())
        .append(" entries</caption>\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Topic</th>")
        .append("<th scope=\"col\">Rule</th><th scope=\"col\">Required</th><th scope=\"col\">Actual</th>")
        .append("<th scope=\"col\">Shortfall</th><th scope=\"col\">Finding</th></tr></thead>\n<tbody>\n");
    for (Finding g : a.gaps()) {
      out.append("<tr><td class=\"").append(g.severity().label()).append("\">").append(g.severity().label())
          .append("</td><td>").append(g.topic().label()).append("</td><td><code>").append(g.rule())
          .append("</code></td><td class=\"n\">").append(Figures.required(g)).append("</td><td class=\"n\">")
          .append(Figures.actual(g)).append("</td><td class=\"n\">")
          .append(Figures.shortfall(g))
          .append("</td><td>").append(Html.escape(g.message())).append("</td></tr>\n");
      cited.add(g.rule());
    }
    out.append("</tbody>\n</table>\n");

    out.append("<h2>Sensitivity</h2>\n");
    if (a.sensitivity().isEmpty()) {
      out.append("<p>No figure within a factor of four of those given would change the answer.</p>\n");
    } else {
      out.append("<table>\n<caption>Figures at which the answer would change</caption>\n<thead><tr>")
          .append("<th scope=\"col\">Input</th><th scope=\"col\">Threshold</th><th scope=\"col\">Now</th>")
          .append("<th scope=\"col\">What would change</th></tr></thead>\n<tbody>\n");
      for (org.mdc.assessment.Sensitivity s : a.sensitivity()) {
        out.append("<tr><td><code>").append(s.input()).append("</code></td><td class=\"n\">")
            .append(s.direction() == org.mdc.assessment.Sensitivity.Direction.AT_OR_ABOVE ? "&ge; " : "&le; ")
            .append(Figures.count(s.threshold())).append("</td><td class=\"n\">").append(Html.escape(s.current()))
            .append(s.lowEstimate() ? " (from the low end)" : "")
            .append("</td><td>").append(Html.escape(s.effect())).append("</td></tr>\n");
        cited.addAll(s.rules());
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("<h3>Assumptions</h3>\n");
    if (a.assumptions().isEmpty()) {
      out.append("<p>None: every optional field was given.</p>\n");
    } else {
      out.append("<ul>\n");
      for (Assumption s : a.assumptions()) {
        out.append("<li><code>").append(s.field()).append("</code>: ").append(Html.escape(s.assumed())).append("; ")
            .append(Html.escape(s.effect())).append("</li>\n");
      }
      out.append("</ul>\n");
    }

    out.append("<h2>Sources of the rules</h2>\n<table>\n<caption>Rules cited on this page</caption>\n")
        .append("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">What it checks</th><th scope=\"col\">Source</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Rule rule : rules.all()) {
      if (cited.contains(rule.id())) {
        out.append("<tr><td><code>").append(rule.id()).append("</code></td><td>").append(Html.escape(rule.info().title()))
            .append("</td><td>").append(Html.escape(rule.info().source().cite()));
        for (Parameter p : rule.info().parameters()) {
          out.append("<br><code>").append(p.name()).append(" = ").append(rules.parameter(rule.info(), p.name()))
              .append("</code>: ").append(Html.escape(Provenances.of(p, rules, rule.id())));
        }
        out.append("</td></tr>\n");
      }
    }
    out.append("</tbody>\n</table>\n").append(Html.tail());
    writer.print(out);
    writer.flush();
  }

  /**
   * The colour of a figure, from the finding the assessment made about it: met, or its severity.
   * The renderer decides nothing: no finding (nothing described to judge) is drawn neutral.
   */
  private static String colour(Optional<Finding> finding) {
    if (finding.isEmpty() || finding.get().required().isEmpty()) {
      return NEUTRAL;
    }
    if (finding.get().isMet()) {
      return "#3d8b3d";
    }
    switch (finding.get().severity()) {
      case ERROR:
        return "#c0392b";
      case WARNING:
        return "#b9770e";
      default:
        return NEUTRAL;
    }
  }

  private static final String NEUTRAL = "#7f8c8d";

  /** The chart of troops and helicopters, then the same figures as a table. */
  private void force(Assessment a, StringBuilder out) {
    Optional<Range> troops = a.zone().mission().map(m -> m.troops());
    long troopScale = Math.max(1, Math.max(a.force().density().max(),
        Math.max(a.force().parity().max(), troops.map(Range::max).orElse(0L))));
    HelicopterNeed h = a.helicopters();
    long heliScale = Math.max(1, Math.max(h.forRequiredForce().max(),
        Math.max(h.forMission().map(Range::max).orElse(0L), h.available().map(Range::max).orElse(0L))));
    double plot = WIDTH - LABEL - 140; // room on the right for the longest value label
    int bars = 4 + (troops.isPresent() ? 1 : 0) + (h.forMission().isPresent() ? 1 : 0) + (h.available().isPresent() ? 1 : 0) - 1;
    int height = ROW * bars + 38;
    out.append("<h2>Force required</h2>\n");
    out.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"force-title force-desc\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"13\">\n")
        .append("<title id=\"force-title\">Troops and helicopters required against those at hand</title>\n")
        .append("<desc id=\"force-desc\">Bars drawn to scale; the table below gives the same figures. The mission's bars")
        .append(" are coloured by the finding of the gap report: green met, red error, amber warning, grey information.</desc>\n");
    int y = 10;
    y = bar(out, y, Figures.densityTitle(rules), a.force().density().min(), a.force().density().max(), troopScale,
        plot, "#9bb8d3", "band");
    y = bar(out, y, "Parity (largest force)", a.force().parity().min(), a.force().parity().max(), troopScale, plot,
        "#4a78a6", "parity");
    if (troops.isPresent()) {
      y = bar(out, y, "Troops at hand", troops.get().min(), troops.get().max(), troopScale, plot,
          colour(a.gap("force-required")), "actual");
    }
    out.append("<line x1=\"").append(Html.coordinate(LABEL + plot * a.force().requiredMin() / troopScale))
        .append("\" y1=\"6\" x2=\"").append(Html.coordinate(LABEL + plot * a.force().requiredMin() / troopScale))
        .append("\" y2=\"").append(y - 4).append("\" stroke=\"#222\" stroke-dasharray=\"4 3\"><title>Minimum credible force: ")
        .append(Figures.count(a.force().requiredMin())).append(" troops (force-required)</title></line>\n");
    y += 8;
    y = bar(out, y, "Helicopters for that force", h.forRequiredForce().min(), h.forRequiredForce().max(), heliScale,
        plot, "#b39ddb", "band");
    if (h.forMission().isPresent()) {
      y = bar(out, y, "Helicopters its troops need", h.forMission().get().min(), h.forMission().get().max(), heliScale,
          plot, "#8e7cc3", "band");
    }
    if (h.available().isPresent()) {
      bar(out, y, "Helicopters at hand", h.available().get().min(), h.available().get().max(), heliScale, plot,
          colour(a.gap("helicopter-ratio")), "actual");
    }
    out.append("</svg>\n");
    out.append("<table>\n<caption>Force required, the figures of the chart</caption>\n<thead><tr><th scope=\"col\">Figure</th>")
        .append("<th scope=\"col\">Value</th><th scope=\"col\">Rule</th></tr></thead>\n<tbody>\n");
    row(out, "Density, " + Figures.densityRate(rules, " to "), Figures.range(a.force().density()), "force-density");
    row(out, "Parity with the largest armed force", Figures.range(a.force().parity()), "force-parity");
    row(out, "Minimum credible force", Figures.range(a.force().required()), "force-required");
    row(out, "Troops at hand", troops.isPresent() ? Figures.range(troops.get()) : "no mission described", "");
    row(out, "Helicopters for that force, one per " + rules.parameter(HelicopterRatio.INFO, "troops_per_helicopter"),
        Figures.range(h.forRequiredForce()), "helicopter-ratio");
    if (h.forMission().isPresent()) {
      row(out, "Helicopters for the mission's own troops", Figures.range(h.forMission()), "helicopter-ratio");
    }
    row(out, "Helicopters at hand", h.available().isPresent() ? Figures.range(h.available()) : "not counted", "");
    out.append("</tbody>\n</table>\n");
  }

  /** The colour of a primary configuration on the timeline. */
  private static String primaryColour(Optional<Configuration> primary) {
    if (primary.isEmpty()) {
      return NEUTRAL;
    }
    switch (primary.get()) {
      case POLITICAL_MISSION:
        return "#5d9c59";
      case PREVENTIVE_DEPLOYMENT:
        return "#4a78a6";
      default:
        return "#8e7cc3";
    }
  }

  /**
   * The timeline as a chart, dates at even steps: the primary at each date as a band, the minimum
   * credible force and the mission's troops as bars, a red mark where rule reconfiguration flagged
   * a change the mission did not follow; then the same as a table.
   */
  private static void timeline(Timeline t, StringBuilder out) {
    int n = t.entries().size();
    int left = 130;
    double step = (double) (WIDTH - left - 10) / n;
    int band = 26;
    int plotTop = 10 + band + 18;
    int plotHeight = 150;
    int height = plotTop + plotHeight + 40;
    long scale = 1;
    for (Timeline.Entry e : t.entries()) {
      scale = Math.max(scale, Math.max(e.assessment().force().requiredMin(),
          e.assessment().zone().mission().map(m -> m.troops().max()).orElse(0L)));
    }
    out.append("<h2>Timeline</h2>\n");
    out.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"12\">\n")
        .append("<title id=\"timeline-title\">The recommendation and the force at each date</title>\n")
        .append("<desc id=\"timeline-desc\">Dates at even steps, not to scale. The top band is the primary")
        .append(" configuration from each date on; below it, for each date, the minimum credible force (dark) and")
        .append(" the mission's troops (light), drawn to scale. A red mark flags a date where the recommendation or")
        .append(" the required force changed while the mission did not (rule reconfiguration). The table below gives")
        .append(" the same.</desc>\n");
    out.append("<text x=\"").append(left - 8).append("\" y=\"").append(10 + band / 2 + 4)
        .append("\" text-anchor=\"end\">Primary</text>\n");
    out.append("<text x=\"").append(left - 8).append("\" y=\"").append(plotTop + plotHeight / 2 - 10)
        .append("\" text-anchor=\"end\" fill=\"#2c3e50\">required force \u25a0</text>\n");
    out.append("<text x=\"").append(left - 8).append("\" y=\"").append(plotTop + plotHeight / 2 + 10)
        .append("\" text-anchor=\"end\" fill=\"#4a78a6\">mission's troops")
        .append(" <tspan fill=\"#9bb8d3\">\u25a0</tspan></text>\n");
    int base = plotTop + plotHeight;
    int labelEvery = (int) Math.max(1, Math.ceil(84 / step));
    out.append("<line x1=\"").append(left).append("\" y1=\"").append(base).append("\" x2=\"").append(WIDTH - 10)
        .append("\" y2=\"").append(base).append("\" stroke=\"#222\"/>\n");
    for (int i = 0; i < n; i++) {
      Timeline.Entry e = t.entries().get(i);
      Assessment a = e.assessment();
      double x = left + step * i;
      String primary = a.recommendation().primary().map(c -> c == Configuration.POLITICAL_MISSION ? "political"
          : c == Configuration.PREVENTIVE_DEPLOYMENT ? "deployment" : "over the horizon").orElse("none");
      out.append("<g class=\"date\">");
      out.append("<rect x=\"").append(Html.coordinate(x + 1)).append("\" y=\"10\" width=\"")
          .append(Html.coordinate(step - 2)).append("\" height=\"").append(band).append("\" fill=\"")
          .append(primaryColour(a.recommendation().primary())).append("\"><title>").append(e.label()).append(": ")
          .append(Html.escape(a.recommendation().form())).append("</title></rect>");
      if (step >= 64) { // narrower steps keep the colour and the tooltip, and the table has every word
        out.append("<text x=\"").append(Html.coordinate(x + step / 2)).append("\" y=\"").append(10 + band / 2 + 4)
            .append("\" text-anchor=\"middle\" fill=\"#fff\">").append(Html.escape(primary)).append("</text>");
      }
      double gap = Math.min(6, step / 6);
      double barWidth = (step - 3 * gap) / 2;
      long required = a.force().requiredMin();
      double h1 = (double) plotHeight * required / scale;
      out.append("<rect x=\"").append(Html.coordinate(x + gap)).append("\" y=\"").append(Html.coordinate(base - h1))
          .append("\" width=\"").append(Html.coordinate(barWidth)).append("\" height=\"")
          .append(Html.coordinate(Math.max(1, h1))).append("\" fill=\"#2c3e50\"><title>").append(e.label())
          .append(": minimum credible force ").append(Figures.count(required)).append("</title></rect>");
      long troops = a.zone().mission().map(m -> m.troops().min()).orElse(0L);
      double h2 = (double) plotHeight * troops / scale;
      out.append("<rect x=\"").append(Html.coordinate(x + 2 * gap + barWidth)).append("\" y=\"")
          .append(Html.coordinate(base - h2)).append("\" width=\"").append(Html.coordinate(barWidth))
          .append("\" height=\"").append(Html.coordinate(Math.max(1, h2))).append("\" fill=\"#9bb8d3\"><title>")
          .append(e.label()).append(": ")
          .append(Html.escape(a.zone().mission().map(m -> m.name()).orElse("no mission")))
          .append(", ").append(Figures.count(troops)).append(" troops</title></rect>");
      if (i % labelEvery == 0) { // dates 10 characters wide must not overlap
        out.append("<text x=\"").append(Html.coordinate(x + step / 2)).append("\" y=\"").append(base + 16)
            .append("\" text-anchor=\"middle\">").append(e.label()).append("</text>");
      }
      for (Finding f : e.changes()) {
        if (f.severity() != org.mdc.rules.Severity.INFO) {
          out.append("<path class=\"flag\" d=\"M").append(Html.coordinate(x)).append(' ').append(10 + band + 2)
              .append(" l-7 12 h14 z\" fill=\"#c0392b\"><title>").append(Html.escape(f.message()))
              .append("</title></path>");
        }
      }
      out.append("</g>\n");
    }
    out.append("</svg>\n");
    out.append("<table>\n<caption>Timeline, the figures of the chart</caption>\n<thead><tr><th scope=\"col\">Date</th>")
        .append("<th scope=\"col\">Primary</th><th scope=\"col\">Minimum credible force</th>")
        .append("<th scope=\"col\">Mission</th><th scope=\"col\">Troops</th><th scope=\"col\">Change</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Timeline.Entry e : t.entries()) {
      Assessment a = e.assessment();
      out.append("<tr><th scope=\"row\">").append(e.label()).append("</th><td>")
          .append(Html.escape(a.recommendation().form())).append("</td><td class=\"n\">")
          .append(Figures.count(a.force().requiredMin())).append("</td><td>")
          .append(Html.escape(a.zone().mission().map(m -> m.name()).orElse("none"))).append("</td><td class=\"n\">")
          .append(a.zone().mission().map(m -> Figures.range(m.troops())).orElse("-")).append("</td><td>");
      for (Finding f : e.changes()) {
        out.append("<span class=\"").append(f.severity().label()).append("\">")
            .append(Html.escape(capital(f.message())))
            .append("</span> <code>").append(f.rule()).append("</code>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static int bar(StringBuilder out, int y, String label, long from, long to, long scale, double plot,
      String colour, String kind) {
    double x0 = from == to ? 0 : plot * from / scale;
    double x1 = plot * to / scale;
    String value = from == to ? Figures.count(to) : Figures.count(from) + "\u2013" + Figures.count(to);
    out.append("<g class=\"bar ").append(kind).append("\">");
    out.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">")
        .append(Html.escape(label)).append("</text>");
    out.append("<rect x=\"").append(Html.coordinate(LABEL + x0)).append("\" y=\"").append(y + 4)
        .append("\" width=\"").append(Html.coordinate(Math.max(1, x1 - x0))).append("\" height=\"").append(ROW - 12)
        .append("\" fill=\"").append(colour).append("\"><title>").append(Html.escape(label)).append(": ").append(value)
        .append("</title></rect>");
    out.append("<text x=\"").append(Html.coordinate(LABEL + x1 + 6)).append("\" y=\"").append(y + 17).append("\">")
        .append(value).append("</text></g>\n");
    return y + ROW;
  }

  private static void row(StringBuilder out, String figure, String value, String rule) {
    out.append("<tr><th scope=\"row\">").append(Html.escape(figure)).append("</th><td class=\"n\">").append(value)
        .append("</td><td>").append(rule.isEmpty() ? "" : "<code>" + rule + "</code>").append("</td></tr>\n");
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
