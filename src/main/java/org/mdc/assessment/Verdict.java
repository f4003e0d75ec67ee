package org.mdc.assessment;

import org.mdc.model.Choice;

/** How one configuration fits a zone, from its preconditions in the sources. */
public enum Verdict implements Choice {
  /** Its preconditions hold, and the decision table chose it, as the primary or a complement. */
  RECOMMENDED,
  /** Could work, on the conditions its reasons name (for example, backing not yet committed). */
  CONDITIONAL,
  /** A deterrent tool nobody will back: its threat is not believed (000). */
  NOT_CREDIBLE,
  /** A precondition fails: for example, a consensual tool without consent. */
  UNSUITABLE;

  /** True when a configuration with this verdict may be recommended. */
  public boolean isFeasible() {
    return this == RECOMMENDED || this == CONDITIONAL;
  }
}
