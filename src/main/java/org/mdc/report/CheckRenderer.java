package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import org.mdc.check.CheckResult;

/** Writes the result of {@code mdc check} in one format; renderers compute nothing. */
public interface CheckRenderer {

  void render(CheckResult result, Writer out) throws IOException;

  /** The label CI tools use for a severity: error, warning or note. */
  static String level(org.mdc.rules.Severity severity) {
    return severity == org.mdc.rules.Severity.INFO ? "note" : severity.label();
  }

  /**
   * How a finding stands against the baseline, in words: new, kept, fixed, or worsened with the
   * baseline's values beside the draft's ({@code worsened: error, was warning; short by 4,999, was
   * 2,000}).
   */
  static String change(org.mdc.check.CheckFinding f) {
    switch (f.state()) {
      case NEW:
        return "new";
      case ABSENT:
        return "fixed";
      case UPDATED:
        java.util.List<String> what = new java.util.ArrayList<>();
        if (f.severityRose()) {
          what.add(level(f.severity()) + ", was " + level(f.before().severity()));
        }
        if (f.shortfallGrew() && (f.finding().high().isPresent() || f.before().high().isPresent())) {
          org.mdc.rules.Estimates now = f.finding().estimates().get();
          org.mdc.rules.Estimates was = f.before().estimates().get();
          what.add("short by " + org.mdc.rules.Numbers.grouped(now.low().shortfall()) + ", was "
              + org.mdc.rules.Numbers.grouped(was.low().shortfall()) + " at the low estimate; by "
              + org.mdc.rules.Numbers.grouped(now.high().shortfall()) + ", was "
              + org.mdc.rules.Numbers.grouped(was.high().shortfall()) + " at the high");
        } else if (f.shortfallGrew()) {
          what.add("short by " + org.mdc.rules.Numbers.grouped(f.finding().shortfall()) + ", was "
              + org.mdc.rules.Numbers.grouped(f.before().shortfall()));
        }
        return "worsened: " + String.join("; ", what);
      default:
        return "kept";
    }
  }

  /** A file name as a relative URI with forward slashes, as SARIF and CI annotations want it. */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    if (path.startsWith("./")) {
      path = path.substring(2);
    }
    try {
      return new java.net.URI(null, null, path, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      return path;
    }
  }
}
