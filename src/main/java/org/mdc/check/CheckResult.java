package org.mdc.check;

import java.util.List;
import java.util.Objects;
import org.mdc.rules.Severity;

/**
 * What {@code mdc check} found in a set of mandate drafts.
 *
 * @param files the drafts checked, in order
 * @param findings every finding, file by file; with a baseline, fixed ones too (state ABSENT)
 * @param failLevel the {@code --fail-on} level
 * @param baseline true when a baseline was compared
 * @param rulebook the rulebook in force, described with its changes from the defaults
 */
public record CheckResult(
    List<String> files, List<CheckFinding> findings, FailLevel failLevel, boolean baseline, String rulebook) {

  public CheckResult {
    Objects.requireNonNull(rulebook, "rulebook");
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    Objects.requireNonNull(failLevel, "failLevel");
  }

  /**
   * True when a finding the draft has (not a fixed one; with a baseline, a new or a worse one;
   * never a suppressed one) reaches the fail level.
   */
  public boolean fails() {
    // Loops rather than streams in this class: each lambda is linked on first use, about 85
    // microseconds of every run of the gate.
    for (CheckFinding f : findings) {
      if (failing(f)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code f} counts toward failing the check. */
  public boolean failing(CheckFinding f) {
    boolean counts = baseline
        ? f.state() == CheckFinding.BaselineState.NEW || f.state() == CheckFinding.BaselineState.UPDATED
        : f.state() != CheckFinding.BaselineState.ABSENT;
    return counts && !f.suppressed() && failLevel.fails(f.severity());
  }

  /** How many present findings, not suppressed, have {@code severity}. */
  public long count(Severity severity) {
    long count = 0;
    for (CheckFinding f : findings) {
      if (f.state() != CheckFinding.BaselineState.ABSENT && !f.suppressed() && f.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  /** How many findings, not suppressed, stand as {@code state} against the baseline. */
  public long count(CheckFinding.BaselineState state) {
    long count = 0;
    for (CheckFinding f : findings) {
      if (f.state() == state && !f.suppressed()) {
        count++;
      }
    }
    return count;
  }

  /** How many findings a suppression comment silenced. */
  public long suppressed() {
    long count = 0;
    for (CheckFinding f : findings) {
      if (f.suppressed()) {
        count++;
      }
    }
    return count;
  }
}
