package org.mdc.model;

/** Where the threat of atrocities comes from (Claes, 000: non-state actors inside, hostile neighbours, or the regime itself). */
public enum Threat implements Choice {
  NON_STATE,
  NEIGHBOUR,
  REGIME,
  MIXED,
  UNKNOWN;
}
