package org.mdc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mdc.report.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand of {@code mdc} shares: help and version options, its command line, the
 * top command (standard input, the terminal's manners), its two outputs, and the rule that a
 * command returns an {@link Outcome}, which {@link ExitCodes#exitCode} alone turns into a code.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
abstract class MdcSubcommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** This command's model, described by hand (see {@link Models}) or read from its annotations. */
  final CommandSpec model() {
    spec = describe();
    return spec;
  }

  /**
   * This command's own model; read from its annotations unless a command describes itself by
   * hand, adding {@link #addSharedOptions shared options} first, then its own, then the help
   * options.
   */
  CommandSpec describe() {
    return CommandSpec.forAnnotatedObject(this);
  }

  /** Adds the options this kind of command shares with others; none here. */
  void addSharedOptions(CommandSpec spec) {}

  /** The top command, which holds standard input, the terminal and the outcome. */
  MdcCommand parent() {
    return (MdcCommand) spec.parent().userObject();
  }

  /**
   * Reads the values of options that {@link Models} added into their fields, once the command
   * line is parsed; a command that adds its own calls this first. Annotated options are set by
   * picocli itself.
   */
  void bind() {}

  /** Does the work; a {@link CommandFailure} thrown on the way is taken as its outcome. */
  protected abstract Outcome execute() throws IOException;

  /** Runs before {@link #execute}, with the same handling of failures; does nothing here. */
  void prepare() {}

  @Override
  public final Integer call() throws IOException {
    Outcome outcome;
    parent().terminal.bind();
    bind();
    try {
      prepare();
      outcome = execute();
    } catch (CommandFailure failure) {
      outcome = failure.outcome();
    }
    parent().ended(outcome);
    return ExitCodes.exitCode(outcome, ExitCodes.StandardOutput.WRITTEN).code();
  }

  /** Where reports go. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Where problems and summaries go. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The style of text reports, by --color and the terminal. */
  Style style() {
    return parent().terminal.style();
  }

  /** True under --quiet: no summary lines. */
  boolean quiet() {
    return parent().terminal.quiet;
  }

  /** Tells {@code message} (from an input, so made printable) on standard error; returns {@code outcome}. */
  Outcome fail(Outcome outcome, String message) {
    err().println("mdc: " + Problems.safe(message));
    return outcome;
  }

  /** A usage error about this command's line, shown with the usage help as picocli shows its own. */
  picocli.CommandLine.ParameterException usage(String message) {
    return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
  }
}
