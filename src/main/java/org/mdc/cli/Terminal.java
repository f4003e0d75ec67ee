package org.mdc.cli;

import org.mdc.report.Style;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Terminal manners shared by every command: colour and quiet. */
final class Terminal {

  /** When to colour: as the option says. */
  enum ColorWhen {
    auto,
    always,
    never
  }

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", scope = ScopeType.INHERIT,
      description = "Colour and emphasis: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal,"
          + " and never when NO_COLOR is set).")
  ColorWhen color;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Print no summary lines on standard error; errors are still printed.")
  boolean quiet;

  /** The style of text reports, by --color, NO_COLOR and whether standard output is a terminal. */
  Style style() {
    switch (color) {
      case always:
        return Style.ANSI;
      case never:
        return Style.PLAIN;
      default:
        String noColor = System.getenv("NO_COLOR");
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return terminal && (noColor == null || noColor.isEmpty()) ? Style.ANSI : Style.PLAIN;
    }
  }
}
