package org.mdc.cli;

import org.mdc.report.Style;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** Terminal manners shared by every command: colour, quiet, and whether to show progress. */
final class Terminal {

  /** The terminal as {@code mdc} finds it: the real one, or a fake in tests. */
  interface Device {
    /** True when standard error is a terminal. */
    boolean errorIsTerminal();

    /** An environment variable, or null when it is not set. */
    String env(String name);

    /** A monotonic clock, in nanoseconds. */
    long nanoTime();

    /** The process's own: standard error is a terminal when its descriptor leads to one (Linux). */
    Device SYSTEM = new Device() {
      @Override
      public boolean errorIsTerminal() {
        try {
          String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
          return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
          return false; // no /proc: no progress, which is never wrong
        }
      }

      @Override
      public String env(String name) {
        return System.getenv(name);
      }

      @Override
      public long nanoTime() {
        return System.nanoTime();
      }
    };
  }

  /** When to colour: as the option says. */
  enum ColorWhen {
    auto,
    always,
    never
  }

  /** --color. */
  ColorWhen color = ColorWhen.auto;

  /** --quiet. */
  boolean quiet;

  private OptionSpec colorOption;
  private OptionSpec quietOption;

  /** Adds --color and --quiet to the top command {@code spec}, for every subcommand to inherit. */
  void addTo(CommandSpec spec) {
    colorOption = Models.add(spec, OptionSpec.builder("--color").type(ColorWhen.class)
        .paramLabel("WHEN").defaultValue("auto").scopeType(ScopeType.INHERIT)
        .description("Colour and emphasis: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal,"
            + " and never when NO_COLOR is set)."));
    quietOption = Models.add(spec, OptionSpec.builder("-q", "--quiet").type(boolean.class).initialValue(false)
        .scopeType(ScopeType.INHERIT)
        .description("Print no summary lines on standard error; errors are still printed."));
  }

  /** Reads the options' values once the command line is parsed. */
  void bind() {
    color = colorOption.getValue();
    quiet = quietOption.getValue();
  }

  /**
   * True when a long run may show its progress on standard error: it is a terminal that can
   * redraw a line (TERM is not dumb), and --quiet was not given. NO_COLOR does not matter: the
   * progress line has no colour.
   */
  boolean progress(Device device) {
    return !quiet && device.errorIsTerminal() && !"dumb".equals(device.env("TERM"));
  }

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
