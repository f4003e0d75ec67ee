package org.mdc.check;

import java.util.Objects;
import org.mdc.io.Place;
import org.mdc.rules.Finding;
import org.mdc.rules.Severity;

/**
 * One finding of {@code mdc check}: a gap of the assessment, placed at the YAML field at fault.
 *
 * @param file the mandate draft it was found in
 * @param finding the rule's finding, as {@code assess} reports it
 * @param place the file, line and column of the field at fault
 * @param state whether a baseline had it too
 */
public record CheckFinding(String file, Finding finding, Place place, BaselineState state) {

  public CheckFinding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(state, "state");
  }

  public String rule() {
    return finding.rule();
  }

  public Severity severity() {
    return finding.severity();
  }

  public String message() {
    return finding.message();
  }

  CheckFinding withState(BaselineState newState) {
    return new CheckFinding(file, finding, place, newState);
  }

  /** How a finding stands against the baseline ({@code --baseline}); SARIF's baselineState. */
  public enum BaselineState implements org.mdc.model.Choice {
    /** No baseline was given. */
    NONE,
    /** The draft introduces it. */
    NEW,
    /** The baseline had it too. */
    UNCHANGED,
    /** The baseline had it and the draft fixes it. */
    ABSENT
  }
}
