package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.mdc.check.CheckFinding;
import org.mdc.check.CheckResult;

/**
 * A Markdown table of findings, fit for a pull-request comment; text from the drafts is escaped
 * ({@link Printable#markdown}), so a draft cannot add markup, links or raw HTML to the comment.
 * Findings the drafts suppress are listed apart, with the reason each comment gives.
 */
public final class CheckMarkdownReport implements CheckRenderer {

  @Override
  public void render(CheckResult result, Writer out) throws IOException {
    out.write("### mdc check\n\n");
    List<CheckFinding> shown = result.findings().stream().filter(f -> !f.suppressed()).collect(Collectors.toList());
    if (shown.isEmpty()) {
      out.write("No findings.\n\n");
    } else {
      out.write("| Severity | Location | Rule | Finding |" + (result.baseline() ? " Change |" : "") + "\n");
      out.write("| --- | --- | --- | --- |" + (result.baseline() ? " --- |" : "") + "\n");
      for (CheckFinding f : shown) {
        out.write("| " + CheckRenderer.level(f.severity()) + " | `" + Printable.markdownCode(f.place().file()) + ":"
            + f.place().line() + "` | `" + f.rule() + "` | " + Printable.markdown(f.message()) + " |"
            + (result.baseline() ? " " + CheckRenderer.change(f) + " |" : "") + "\n");
      }
      out.write("\n");
    }
    if (result.suppressed() > 0) { // a reviewer sees what the draft silences, and why
      out.write("Suppressed in the drafts:\n\n");
      out.write("| Location | Rule | Finding | Reason given |\n| --- | --- | --- | --- |\n");
      for (CheckFinding f : result.findings()) {
        if (f.suppressed()) {
          out.write("| `" + Printable.markdownCode(f.place().file()) + ":" + f.place().line() + "` | `" + f.rule()
              + "` | " + Printable.markdown(f.message()) + " | " + Printable.markdown(f.suppression().reason())
              + " |\n");
        }
      }
      out.write("\n");
    }
    out.write(Printable.markdown(CheckTextReport.summary(result)) + "\n");
  }
}
