package org.mdc.cli;

import java.io.InputStream;
import java.io.OutputStream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mdc}: the top command; its subcommands are added by {@link Main#commandLine}. Its model
 * is described by hand ({@link #model}; see {@link Models} for why).
 */
public final class MdcCommand implements Runnable {

  private final InputStream stdin;
  private final OutputStream rawStdout;

  private CommandSpec spec;

  /** --color and --quiet, which every subcommand inherits. */
  final Terminal terminal = new Terminal();

  private final Terminal.Device device;

  MdcCommand(InputStream stdin, OutputStream rawStdout, Terminal.Device device) {
    this.stdin = stdin;
    this.rawStdout = rawStdout;
    this.device = device;
  }

  /** The model of the top command, without its subcommands. */
  CommandSpec model() {
    spec = Models.command(this, "mdc", new String[] {
        "The mission-design calculator: sizes and chooses international missions that must prevent mass atrocities.",
        "",
        "It applies the force-size rules of thumb (2 to 10 troops per 1,000 inhabitants; parity with the largest armed"
            + " force), helicopter ratios and the tool-suitability logic of the literature, and recommends a political"
            + " mission, a preventive deployment or an over-the-horizon force, with a gap report."
    }, new String[] {
        "  mdc assess examples/darfur-2014.yaml",
        "  mdc assess examples/darfur-2014.yaml --format json",
        "  mdc compare examples/table1.csv --format markdown",
        "  mdc check examples/mandates/ --format sarif"
    });
    terminal.addTo(spec);
    Models.standardHelpOptions(spec);
    return spec;
  }

  /** The terminal the run is on. */
  Terminal.Device device() {
    return device;
  }

  InputStream stdin() {
    return stdin;
  }

  /**
   * Standard output as bytes, for commands that stream large outputs; written only after the
   * command line's writer is flushed, since both reach the same stream.
   */
  OutputStream rawStdout() {
    return rawStdout;
  }

  /** How the subcommand that ran ended; empty when none did (help, version, a bad command line). */
  private Outcome outcome;

  /** Records how the run ended. */
  void ended(Outcome outcome) {
    this.outcome = outcome;
  }

  /** How the run ended, when a subcommand or an error handler said so. */
  java.util.Optional<Outcome> outcome() {
    return java.util.Optional.ofNullable(outcome);
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "Missing command: say what to do, for example 'mdc assess ZONE.yaml'");
  }
}
