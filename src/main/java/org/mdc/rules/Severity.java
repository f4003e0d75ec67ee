package org.mdc.rules;

import org.mdc.model.Choice;

/** How much a finding matters; ordered from the most to the least serious. */
public enum Severity implements Choice {
  /** The mission cannot do its job as described. */
  ERROR,
  /** The mission can work only if this is addressed. */
  WARNING,
  /** Advice or context; never fails a check at the default level. */
  INFO;

  /** True when this severity is as serious as {@code threshold} or more. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
