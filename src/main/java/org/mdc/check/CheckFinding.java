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
 * @param state whether a baseline had it too, and how it was there
 * @param before the baseline's finding when the draft makes it worse (state UPDATED); else null
 * @param suppression the draft's comment that silences it, which then never fails the check;
 *     else null
 */
public record CheckFinding(
    String file, Finding finding, Place place, BaselineState state, Finding before, Suppression suppression) {

  public CheckFinding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(state, "state");
    if ((state == BaselineState.UPDATED) != (before != null)) {
      throw new IllegalArgumentException("a worsened finding, and only one, carries the baseline's finding");
    }
  }

  public CheckFinding(String file, Finding finding, Place place, BaselineState state, Finding before) {
    this(file, finding, place, state, before, null);
  }

  public CheckFinding(String file, Finding finding, Place place, BaselineState state) {
    this(file, finding, place, state, null, null);
  }

  /** True when a suppression comment in the draft silences it. */
  public boolean suppressed() {
    return suppression != null;
  }

  /** This finding, silenced by {@code by}. */
  public CheckFinding suppressedBy(Suppression by) {
    return new CheckFinding(file, finding, place, state, before, by);
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
    return new CheckFinding(file, finding, place, newState, null, suppression);
  }

  CheckFinding worseThan(Finding old) {
    return new CheckFinding(file, finding, place, BaselineState.UPDATED, old, suppression);
  }

  /** True when the baseline's finding had a lower severity than this one. */
  public boolean severityRose() {
    return before != null && finding.severity().ordinal() < before.severity().ordinal();
  }

  /** True when the baseline's finding had a smaller shortfall than this one. */
  public boolean shortfallGrew() {
    return before != null && shortfallGrew(finding, before);
  }

  /**
   * True when both findings measure a shortfall and {@code now}'s is larger, at the low estimate
   * or at the high one (a range of estimates). A finding without figures (information, not a
   * shortfall) has none to compare: a change in it shows as severity.
   */
  public static boolean shortfallGrew(org.mdc.rules.Finding now, org.mdc.rules.Finding was) {
    if (now.estimates().isEmpty() || was.estimates().isEmpty()) {
      return false;
    }
    org.mdc.rules.Estimates n = now.estimates().get();
    org.mdc.rules.Estimates w = was.estimates().get();
    return n.low().shortfall() > w.low().shortfall() || n.high().shortfall() > w.high().shortfall();
  }

  /** How a finding stands against the baseline ({@code --baseline}); SARIF's baselineState. */
  public enum BaselineState implements org.mdc.model.Choice {
    /** No baseline was given. */
    NONE,
    /** The draft introduces it. */
    NEW,
    /** The baseline had it too, as severe and with a shortfall as large or larger. */
    UNCHANGED,
    /** The baseline had it, less severe or with a smaller shortfall: the draft makes it worse. */
    UPDATED,
    /** The baseline had it and the draft fixes it. */
    ABSENT
  }
}
