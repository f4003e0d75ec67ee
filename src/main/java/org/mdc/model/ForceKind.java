package org.mdc.model;

/** What the largest armed force in the zone is. */
public enum ForceKind implements Choice {
  STATE,
  NON_STATE,
  FOREIGN,
  UNKNOWN;
}
