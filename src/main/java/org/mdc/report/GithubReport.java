package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import org.mdc.check.CheckFinding;
import org.mdc.check.CheckResult;
import org.mdc.rules.Severity;

/**
 * GitHub Actions workflow commands: {@code ::error file=...,line=...,col=...,title=RULE::message}.
 * Escaped exactly as the Actions toolkit escapes, and nothing more: messages escape {@code %},
 * CR and LF; properties also escape {@code :} and {@code ,}.
 */
public final class GithubReport implements CheckRenderer {

  @Override
  public void render(CheckResult result, Writer out) throws IOException {
    for (CheckFinding f : result.findings()) {
      if (f.state() == CheckFinding.BaselineState.ABSENT || f.suppressed()) {
        continue; // no annotation for what the draft silenced; the summary counts it
      }
      out.write("::" + command(f.severity()) + " file=" + property(path(f.place().file()))
          + ",line=" + f.place().line() + ",col=" + f.place().column() + ",title=" + property(f.rule())
          + "::" + data(f.message()) + "\n");
    }
    out.write(CheckTextReport.summary(result) + "\n");
  }

  private static String command(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "notice";
    }
  }

  /**
   * The file as the workflow command wants it: its path as given (relative to the workspace when
   * the check ran there), without a leading {@code ./}; escaped as a property, and not encoded
   * as a URI, which GitHub would not decode ({@code my%20drafts} would name no file).
   */
  static String path(String file) {
    return file.startsWith("./") ? file.substring(2) : file;
  }

  /** Escapes a message, as the toolkit's escapeData. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, as the toolkit's escapeProperty. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
