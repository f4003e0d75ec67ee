package org.mdc.assessment;

/** Whether a row of the decision table matches: yes, no, or cannot tell from the inputs. */
public enum Truth {
  YES,
  NO,
  UNKNOWN;

  static Truth of(boolean b) {
    return b ? YES : NO;
  }

  Truth and(Truth other) {
    if (this == NO || other == NO) {
      return NO;
    }
    return this == YES && other == YES ? YES : UNKNOWN;
  }

  Truth or(Truth other) {
    if (this == YES || other == YES) {
      return YES;
    }
    return this == NO && other == NO ? NO : UNKNOWN;
  }
}
