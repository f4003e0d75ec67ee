package org.mdc.model;

/** What the host government does about the threat to civilians (Claes, 000). */
public enum HostRole implements Choice {
  PROTECTOR,
  FAILING,
  PERPETRATOR,
  UNKNOWN;
}
