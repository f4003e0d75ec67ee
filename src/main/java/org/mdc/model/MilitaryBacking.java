package org.mdc.model;

/** Whether states have committed to back a deployment militarily if deterrence fails (Claes, 000). */
public enum MilitaryBacking implements Choice {
  COMMITTED,
  UNCERTAIN,
  NONE,
  UNKNOWN;
}
