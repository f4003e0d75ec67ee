package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.mdc.assessment.Comparison;
import org.mdc.report.ComparisonColumns.Column;
import org.mdc.rules.RuleSet;

/**
 * Compared missions as one self-contained HTML page: a table like Table 1 of 002 with every
 * mission, and an SVG chart of coverage for the missions furthest short (at most 50, and the page
 * says so when there are more). The table streams as rows arrive; the chart, which needs them
 * all, is written last and shown first.
 */
public final class HtmlComparison implements ComparisonRenderer {

  /** Missions in the chart at most. */
  public static final int CHART_LIMIT = 50;

  private static final Comparator<Comparison> WORST_FIRST =
      Comparator.comparingLong((Comparison c) -> c.coverageTenths().orElse(Long.MAX_VALUE))
          .thenComparingLong(Comparison::troopGap)
          .thenComparing(c -> c.entry().mission());

  /** The missions furthest short so far, shared by the renderers of every block of one run. */
  public static final class Worst {
    private final PriorityQueue<Comparison> kept = new PriorityQueue<>(WORST_FIRST.reversed());
    private long seen;

    synchronized void offer(Comparison c) {
      seen++;
      kept.add(c);
      if (kept.size() > CHART_LIMIT) {
        kept.poll();
      }
    }

    synchronized List<Comparison> sorted() {
      List<Comparison> list = new ArrayList<>(kept);
      list.sort(WORST_FIRST);
      return list;
    }

    synchronized long seen() {
      return seen;
    }
  }

  private final Writer out;
  private final Worst worst;
  private final RuleSet rules;

  /**
   * @param worst the missions furthest short, shared by the renderers of one run
   * @param rules the rules in force, whose density rate the density column's title names
   */
  public HtmlComparison(Writer out, Worst worst, RuleSet rules) {
    this.out = out;
    this.worst = worst;
    this.rules = rules;
  }

  @Override
  public void begin() throws IOException {
    out.write(Html.head("mdc compare: missions against the force-size rules", 84));
    out.write("<h1>Missions against the force-size rules of thumb</h1>\n<div class=\"page\">\n<section>\n");
    StringBuilder head = new StringBuilder("<h2>All missions</h2>\n<div class=\"scroll\">\n<table>\n<caption>Required"
        + " and actual sizes, as in Table 1 of Bellamy &amp; Lupel (2015)</caption>\n<thead><tr>");
    for (Column column : ComparisonColumns.TABLE) {
      head.append("<th scope=\"col\">").append(Html.escape(column.title(rules))).append("</th>");
    }
    out.write(head.append("</tr></thead>\n<tbody>\n").toString());
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void row(Comparison c) throws IOException {
    worst.offer(c);
    StringBuilder row = new StringBuilder("<tr>");
    for (Column column : ComparisonColumns.TABLE) {
      // The mission names the row; the verdict is coloured by whether the mission is short.
      String cell = column == Column.MISSION ? "th" : "td";
      row.append('<').append(cell).append(column == Column.MISSION ? " scope=\"row\""
          : column == Column.VERDICT ? (c.isShort() ? " class=\"error\"" : " class=\"info\"")
          : column.isNumeric() ? " class=\"n\"" : "");
      String text = column.text(c); // a figure is digits, separators and signs: nothing to escape
      row.append('>').append(column.isNumeric() ? text : Html.escape(text)).append("</").append(cell).append('>');
    }
    out.write(row.append("</tr>\n").toString());
  }

  @Override
  public void end() throws IOException {
    out.write("</tbody>\n</table>\n</div>\n</section>\n<section class=\"first\">\n<h2>Coverage of the required minimum</h2>\n");
    List<Comparison> chart = worst.sorted();
    long total = worst.seen();
    out.write("<p class=\"note\">" + (total > chart.size()
        ? "The chart shows the " + chart.size() + " missions furthest short of " + Figures.count(total)
            + "; the table below lists every one."
        : "Missions sorted by shortfall, the furthest short first.")
        + " Coverage is troops as a share of the larger of the density and parity minimums (force-required).</p>\n");
    chart(chart);
    out.write("</section>\n</div>\n" + Html.tail());
  }

  private void chart(List<Comparison> missions) throws IOException {
    int label = 200;
    int width = 720;
    int row = 24;
    int height = row * missions.size() + 40;
    double plot = width - label - 80;
    long max = 1000; // tenths of a percent: at least 100%
    for (Comparison c : missions) {
      max = Math.max(max, Math.min(2000, c.coverageTenths().orElse(0)));
    }
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"cov-title\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"12\">\n")
        .append("<title id=\"cov-title\">Troops as a percentage of the required minimum, per mission</title>\n");
    int y = 8;
    for (Comparison c : missions) {
      long tenths = Math.min(c.coverageTenths().orElse(0), 2000);
      double w = plot * tenths / max;
      String text = Html.escape(c.entry().mission()) + ": " + coverage(c) + " (" + Figures.count(c.entry().troops())
          + " of " + Figures.count(c.requiredMin()) + " troops)";
      svg.append("<g class=\"bar coverage\"><text x=\"").append(label - 6).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\">").append(Html.escape(c.entry().mission())).append("</text><rect x=\"")
          .append(label).append("\" y=\"").append(y + 3).append("\" width=\"").append(Html.coordinate(Math.max(1, w)))
          .append("\" height=\"").append(row - 8).append("\" fill=\"").append(c.isShort() ? "#c0392b" : "#3d8b3d")
          .append("\"><title>").append(text).append("</title></rect><text x=\"").append(Html.coordinate(label + w + 5))
          .append("\" y=\"").append(y + 15).append("\">").append(coverage(c)).append("</text></g>\n");
      y += row;
    }
    double full = label + plot * 1000 / max;
    svg.append("<line x1=\"").append(Html.coordinate(full)).append("\" y1=\"2\" x2=\"").append(Html.coordinate(full))
        .append("\" y2=\"").append(y + 4).append("\" stroke=\"#222\" stroke-dasharray=\"4 3\"><title>100%: the required"
            + " minimum</title></line>\n<text x=\"").append(Html.coordinate(full)).append("\" y=\"").append(y + 20)
        .append("\" text-anchor=\"middle\">100%</text>\n</svg>\n");
    out.write(svg.toString());
  }

  private static String coverage(Comparison c) {
    return Column.COVERAGE_PCT.text(c);
  }
}
