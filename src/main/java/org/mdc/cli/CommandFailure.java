package org.mdc.cli;

/**
 * A command cannot go on; what went wrong was already told on standard error. Carries the exit
 * code, which the entry point returns (it is not a bug, so no stack trace and no code 70).
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode code;

  CommandFailure(ExitCode code) {
    super(code.meaning(), null, false, false);
    this.code = code;
  }

  ExitCode code() {
    return code;
  }
}
