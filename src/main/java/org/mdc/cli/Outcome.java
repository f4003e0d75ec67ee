package org.mdc.cli;

/**
 * How a command ended, in words: what every command returns. {@link ExitCodes#exitCode} alone
 * turns an outcome into the number the shell sees; nothing else chooses an exit code.
 */
enum Outcome {
  /** The command did what was asked. */
  DONE,
  /** check: a finding reached the --fail-on level. */
  FINDINGS,
  /** The command line is wrong: an unknown option, a missing or invalid argument. */
  BAD_USAGE,
  /** An input holds malformed or invalid data (already told, with its file, line and field). */
  BAD_DATA,
  /** An input is missing or cannot be read. */
  MISSING_INPUT,
  /** An output file cannot be created. */
  CANNOT_CREATE,
  /** Writing an output failed part-way (a full disk, a closed descriptor). */
  CANNOT_WRITE,
  /** Standard output's reader went away (as {@code | head} does): stopped quietly. */
  CLOSED_PIPE,
  /** The Java heap was too small for the run. */
  OUT_OF_MEMORY,
  /** A bug in mdc. */
  INTERNAL
}
