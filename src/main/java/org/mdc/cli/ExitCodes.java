package org.mdc.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The one place exit codes are decided ({@link #exitCode}), and the list of them written into
 * every command's usage help from the {@link ExitCode} enum.
 */
final class ExitCodes {

  private ExitCodes() {}

  /** What became of standard output once the command ended. */
  enum StandardOutput {
    /** Everything written reached it (or nothing was written). */
    WRITTEN,
    /** A write failed: a full disk, a closed descriptor. */
    FAILED,
    /** Its reader went away (a closed pipe). */
    CLOSED
  }

  /**
   * The exit code of a run that ended in {@code outcome} with standard output in state {@code
   * stdout}. A failure of standard output outweighs every outcome but another write failure: a
   * report that did not reach its reader is not "done", whatever the command found.
   */
  static ExitCode exitCode(Outcome outcome, StandardOutput stdout) {
    if (outcome != Outcome.CANNOT_WRITE && outcome != Outcome.CLOSED_PIPE) {
      if (stdout == StandardOutput.CLOSED) {
        return ExitCode.CLOSED_PIPE;
      }
      if (stdout == StandardOutput.FAILED) {
        return ExitCode.IO_ERROR;
      }
    }
    switch (outcome) {
      case DONE:
        return ExitCode.OK;
      case FINDINGS:
        return ExitCode.FINDINGS;
      case BAD_USAGE:
        return ExitCode.USAGE;
      case BAD_DATA:
        return ExitCode.DATA_ERROR;
      case MISSING_INPUT:
        return ExitCode.NO_INPUT;
      case CANNOT_CREATE:
        return ExitCode.CANNOT_CREATE;
      case CANNOT_WRITE:
        return ExitCode.IO_ERROR;
      case CLOSED_PIPE:
        return ExitCode.CLOSED_PIPE;
      case OUT_OF_MEMORY:
      case INTERNAL:
      default:
        return ExitCode.INTERNAL_ERROR;
    }
  }

  static void document(CommandLine commandLine) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      String number = Integer.toString(code.code());
      codes.put(" ".repeat(Math.max(0, 3 - number.length())) + number, code.meaning());
    }
    apply(commandLine, codes);
  }

  private static void apply(CommandLine commandLine, Map<String, String> codes) {
    commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes%n").exitCodeList(codes);
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      apply(sub, codes);
    }
  }
}
