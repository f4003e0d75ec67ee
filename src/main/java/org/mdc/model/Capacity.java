package org.mdc.model;

/** Whether an organization has the means to run what it is asked to run. */
public enum Capacity implements Choice {
  HIGH,
  LOW,
  UNKNOWN;
}
