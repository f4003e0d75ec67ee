package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import org.mdc.check.CheckFinding;
import org.mdc.check.CheckResult;
import org.mdc.rules.Severity;

/**
 * {@code file:line:column: severity: message [rule-id]}, one line each, then a summary. File
 * names and messages are neutralised ({@link Printable}): a line break in a mission's name cannot
 * forge a line of its own.
 */
public final class CheckTextReport implements CheckRenderer {

  private final Style style;

  public CheckTextReport() {
    this(Style.PLAIN);
  }

  public CheckTextReport(Style style) {
    this.style = style;
  }

  @Override
  public void render(CheckResult result, Writer out) throws IOException {
    for (CheckFinding f : result.findings()) {
      if (f.state() == CheckFinding.BaselineState.ABSENT || f.suppressed()) {
        continue; // a suppressed finding is counted in the summary; JSON and SARIF list it
      }
      out.write(Printable.text(f.place().file()) + ":" + f.place().line() + ":" + f.place().column() + ": "
          + style.severity(f.severity(), CheckRenderer.level(f.severity())) + ": " + Printable.text(f.message())
          + " [" + f.rule() + "]"
          + (result.baseline() ? " (" + CheckRenderer.change(f) + ")" : "")
          + "\n");
    }
    for (CheckFinding f : result.findings()) {
      if (f.state() == CheckFinding.BaselineState.ABSENT) {
        out.write(Printable.text(f.place().file()) + ": fixed: " + Printable.text(f.message()) + " [" + f.rule()
            + "]\n");
      }
    }
    out.write(summary(result) + "\n");
  }

  /** One line: counts by severity, files, suppressed findings, the baseline's counts and the outcome. */
  static String summary(CheckResult r) {
    String counts = r.count(Severity.ERROR) + " error" + (r.count(Severity.ERROR) == 1 ? "" : "s") + ", "
        + r.count(Severity.WARNING) + " warning" + (r.count(Severity.WARNING) == 1 ? "" : "s") + ", "
        + r.count(Severity.INFO) + " note" + (r.count(Severity.INFO) == 1 ? "" : "s") + " in " + r.files().size()
        + " file" + (r.files().size() == 1 ? "" : "s");
    if (r.suppressed() > 0) {
      counts += "; " + r.suppressed() + " suppressed";
    }
    if (r.baseline()) {
      counts += "; against the baseline: " + r.count(CheckFinding.BaselineState.NEW) + " new, "
          + r.count(CheckFinding.BaselineState.UPDATED) + " worsened, "
          + r.count(CheckFinding.BaselineState.UNCHANGED) + " kept, " + r.count(CheckFinding.BaselineState.ABSENT)
          + " fixed";
    }
    if (!r.rulebook().startsWith("defaults")) {
      counts += "; rulebook: " + Printable.text(r.rulebook());
    }
    return "mdc check: " + counts + "; " + (r.fails() ? "FAILED" : "passed") + " (--fail-on " + r.failLevel().label() + ")";
  }
}
