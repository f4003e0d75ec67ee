package org.mdc.model;

/** A yes/no fact that a planner may not know. */
public enum Answer implements Choice {
  YES,
  NO,
  UNKNOWN;
}
