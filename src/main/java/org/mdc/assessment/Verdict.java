package org.mdc.assessment;

import org.mdc.model.Choice;

/** How one configuration fits a zone. */
public enum Verdict implements Choice {
  /** The decision table's primary choice, or a complement to it. */
  RECOMMENDED,
  /** Could work, on the conditions its reasons name. */
  CONDITIONAL,
  /** A rule rules it out. */
  UNSUITABLE
}
