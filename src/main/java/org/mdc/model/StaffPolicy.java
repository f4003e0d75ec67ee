package org.mdc.model;

/** What a mission's international staff do when danger rises. */
public enum StaffPolicy implements Choice {
  /** They stay with the population they serve. */
  STAY,
  /** They are withdrawn or relocated out of the danger area. */
  RELOCATE;
}
