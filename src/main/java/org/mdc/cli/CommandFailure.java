package org.mdc.cli;

/**
 * A command cannot go on; what went wrong was already told on standard error. Carries the
 * outcome, which the command's {@link MdcSubcommand#call} returns as if {@code execute} had (it
 * is not a bug, so no stack trace and no internal error).
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Outcome outcome;

  CommandFailure(Outcome outcome) {
    super(outcome.name(), null, false, false);
    this.outcome = outcome;
  }

  Outcome outcome() {
    return outcome;
  }
}
