package org.mdc.cli;

/**
 * How {@code mdc} ends; the codes follow BSD's {@code sysexits.h} where one fits. Listed in every
 * command's {@code --help} from this enum, so the two cannot drift.
 */
public enum ExitCode {
  /** Done: the report was written; for check, nothing reached the fail level. */
  OK(0, "done"),
  /** check only: a finding reached the --fail-on level. */
  FINDINGS(1, "check: a finding reached the --fail-on level"),
  /** The command line is wrong: an unknown option or command, a missing argument. */
  USAGE(2, "bad usage: unknown command or option, missing or invalid argument"),
  /** An input file is malformed or holds invalid values (EX_DATAERR). */
  DATA_ERROR(65, "invalid input data: the message names the file, line, column and field"),
  /** An input file is missing or cannot be read (EX_NOINPUT). */
  NO_INPUT(66, "input file missing or unreadable"),
  /** A bug in mdc (EX_SOFTWARE); please report it with the input that caused it. */
  INTERNAL_ERROR(70, "internal error in mdc: please report it"),
  /** An output file cannot be created (EX_CANTCREAT). */
  CANNOT_CREATE(73, "output file cannot be created"),
  /** Writing the output failed part-way: a full disk, a closed descriptor (EX_IOERR). */
  IO_ERROR(74, "output could not be written (a full disk, a closed descriptor)"),
  /**
   * Standard output's reader went away (a closed pipe, as with {@code | head}): the run stops
   * quietly, with the code a shell gives a program that SIGPIPE ended (128 + 13).
   */
  CLOSED_PIPE(141, "standard output closed by its reader (as by | head): stopped quietly");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
