package org.mdc.model;

/** Whether the host government consents to an international presence on its territory. {@code UNKNOWN} only arises from mission lists that leave the column empty. */
public enum HostConsent implements Choice {
  FULL,
  PARTIAL,
  NONE,
  UNKNOWN;
}
