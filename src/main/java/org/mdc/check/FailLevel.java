package org.mdc.check;

import org.mdc.model.Choice;
import org.mdc.rules.Severity;

/** The least severe finding that fails a check ({@code --fail-on}). */
public enum FailLevel implements Choice {
  ERROR,
  WARNING,
  NOTE,
  NEVER;

  /** True when a finding of {@code severity} fails the check at this level. */
  public boolean fails(Severity severity) {
    switch (this) {
      case ERROR:
        return severity == Severity.ERROR;
      case WARNING:
        return severity.atLeast(Severity.WARNING);
      case NOTE:
        return true;
      default:
        return false;
    }
  }
}
