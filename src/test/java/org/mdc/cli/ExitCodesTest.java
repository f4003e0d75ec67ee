package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mdc.cli.ExitCodes.StandardOutput;

/** The one function that turns how a run ended into its exit code. */
class ExitCodesTest {

  private static final Map<Outcome, Integer> CODES = Map.of(
      Outcome.DONE, 0,
      Outcome.FINDINGS, 1,
      Outcome.BAD_USAGE, 2,
      Outcome.BAD_DATA, 65,
      Outcome.MISSING_INPUT, 66,
      Outcome.INTERNAL, 70,
      Outcome.OUT_OF_MEMORY, 70,
      Outcome.CANNOT_CREATE, 73,
      Outcome.CANNOT_WRITE, 74,
      Outcome.CLOSED_PIPE, 141);

  @Test
  void eachOutcomeHasItsDocumentedCodeWhenStandardOutputWasWritten() {
    assertThat(CODES).hasSize(Outcome.values().length);
    CODES.forEach((outcome, code) ->
        assertThat(ExitCodes.exitCode(outcome, StandardOutput.WRITTEN).code()).as(outcome.name()).isEqualTo(code));
  }

  @Test
  void everyDocumentedCodeIsReachable() {
    Set<ExitCode> reached = EnumSet.noneOf(ExitCode.class);
    for (Outcome outcome : Outcome.values()) {
      for (StandardOutput stdout : StandardOutput.values()) {
        reached.add(ExitCodes.exitCode(outcome, stdout));
      }
    }
    assertThat(reached).containsExactlyInAnyOrder(ExitCode.values());
  }

  @Test
  void aFailedStandardOutputOutweighsEveryOutcomeButAnotherWriteFailure() {
    for (Outcome outcome : Outcome.values()) {
      ExitCode code = ExitCodes.exitCode(outcome, StandardOutput.FAILED);
      if (outcome == Outcome.CLOSED_PIPE) {
        assertThat(code).isEqualTo(ExitCode.CLOSED_PIPE);
      } else {
        assertThat(code).as(outcome.name()).isEqualTo(ExitCode.IO_ERROR);
      }
    }
  }

  @Test
  void aClosedStandardOutputStopsQuietlyUnlessAWriteFailedFirst() {
    for (Outcome outcome : Outcome.values()) {
      ExitCode code = ExitCodes.exitCode(outcome, StandardOutput.CLOSED);
      assertThat(code).as(outcome.name())
          .isEqualTo(outcome == Outcome.CANNOT_WRITE ? ExitCode.IO_ERROR : ExitCode.CLOSED_PIPE);
    }
  }
}
