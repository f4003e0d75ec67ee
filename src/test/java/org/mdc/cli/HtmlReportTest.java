package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML pages: self-contained, a chart and a table for each, the same figures as the text reports. */
class HtmlReportTest {

  @TempDir Path dir;

  private static int count(String text, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void selfContained(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    // No network: no scripts, no external styles, fonts or images; the only URL is the SVG namespace.
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
        .doesNotContain("@import").doesNotContain("url(");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void anAssessmentPageHasItsChartTablesAndTheTextReportsFigures() {
    String html = CliRun.of("assess", "examples/darfur-2014.yaml", "--format", "html").out();
    selfContained(html);
    assertThat(count(html, "<svg")).isEqualTo(1);
    // density, parity, UNAMID's troops; helicopters for the required force, for UNAMID's own troops, at hand
    assertThat(count(html, "<g class=\"bar ")).isEqualTo(6);
    // the force, the configurations, the gaps, the sensitivity of the figures, the sources
    assertThat(count(html, "<table>")).isEqualTo(5);
    assertThat(html).contains("<h2>Sensitivity</h2>").contains("<h3>Assumptions</h3>")
        .contains("<tr><td><code>mission.troops</code></td><td class=\"n\">&ge; 40,000</td><td class=\"n\">15,362</td>"
            + "<td>the troop shortfall closes (force-required)</td></tr>");
    assertThat(html).contains("<title id=\"force-title\">");
    String text = CliRun.of("assess", "examples/darfur-2014.yaml").out();
    for (String figure : new String[] {"12,000 to 60,000", "40,000 to 45,000", "24,638 (62%)", "19 (79%)"}) {
      assertThat(text).contains(figure);
      assertThat(html).contains(figure);
    }
    assertThat(html).contains("Minimum credible force: 40,000 troops (force-required)");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"darfur-2014", "estonia-1993", "kenya-2008",
      "kyrgyzstan-2010", "macedonia-1993", "mali-2014", "south-sudan-2014"})
  void thePageColoursTheTroopsAsTheGapReportJudgesThem(String example) throws Exception {
    // Issue 14: for Kenya 2008, a political mission, the text said the distance to the rules is information,
    // not a shortfall, while the HTML painted the troops in the error colour.
    String file = "examples/" + example + ".yaml";
    com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(CliRun.of("assess", file, "--format", "json").out());
    String severity = "none";
    for (com.fasterxml.jackson.databind.JsonNode gap : report.get("gaps")) {
      if (gap.get("rule").asText().equals("force-required")) {
        boolean met = !gap.get("required").isNull() && gap.get("shortfall").asLong() == 0;
        severity = met ? "met" : gap.get("severity").asText();
        break;
      }
    }
    String html = CliRun.of("assess", file, "--format", "html").out();
    java.util.regex.Matcher bar = java.util.regex.Pattern
        .compile("<g class=\"bar actual\"><text[^>]*>Troops at hand</text><rect [^>]*fill=\"(#[0-9a-f]{6})\"")
        .matcher(html);
    if (!bar.find()) {
      assertThat(report.at("/zone/mission").isMissingNode()).as(example + ": no troop bar without a mission").isTrue();
      return;
    }
    String expected = severity.equals("error") ? "#c0392b" : severity.equals("warning") ? "#b9770e"
        : severity.equals("met") ? "#3d8b3d" : "#7f8c8d";
    assertThat(bar.group(1)).as(example + " (" + severity + ")").isEqualTo(expected);
  }

  @Test
  void theTable1PageListsEveryMissionAndChartsThem() {
    CliRun run = CliRun.of("compare", "examples/table1.csv", "--format", "html");
    assertThat(run.code()).isZero();
    String html = run.out();
    selfContained(html);
    assertThat(count(html, "<g class=\"bar coverage\">")).isEqualTo(3);
    for (String cell : new String[] {"12,000\u201360,000", "40,000\u201345,000", "15,362", "16,000\u201380,000", "11,389",
        "15,000\u201330,000", "9,139"}) {
      assertThat(html).contains(cell);
    }
    // Sorted by shortfall: UNMISS (28.5%) before UNAMID (38.4%) before MINUSMA (60.9%).
    String chart = html.substring(html.indexOf("<svg"));
    assertThat(chart.indexOf("UNMISS")).isLessThan(chart.indexOf("UNAMID"));
    assertThat(chart.indexOf("UNAMID")).isLessThan(chart.indexOf("MINUSMA"));
  }

  @Test
  void aLongListChartsTheWorstFiftyAndSaysSoButTablesEveryMission() throws IOException {
    StringBuilder csv = new StringBuilder("mission,population,largest_force,troops\n");
    for (int i = 0; i < 300; i++) {
      csv.append("M").append(i).append(",1000000,1000,").append(i * 10).append('\n');
    }
    Path file = dir.resolve("many.csv");
    Files.writeString(file, csv);
    String html = CliRun.of("compare", file.toString(), "--format", "html").out();
    assertThat(count(html, "<g class=\"bar coverage\">")).isEqualTo(50);
    assertThat(count(html, "<tr><td>")).isEqualTo(300);
    assertThat(html).contains("The chart shows the 50 missions furthest short of 300");
    String chart = html.substring(html.indexOf("<svg"));
    assertThat(chart).contains(">M0<").contains(">M49<").doesNotContain(">M50<");
  }

  @Test
  void inputTextIsEscaped() throws IOException {
    Path file = dir.resolve("x.csv");
    Files.writeString(file, "mission,region,population,largest_force,troops\n\"<script>alert(1)</script>\",A&B,1000,1,1\n");
    String html = CliRun.of("compare", file.toString(), "--format", "html").out();
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("A&amp;B");
  }
}
