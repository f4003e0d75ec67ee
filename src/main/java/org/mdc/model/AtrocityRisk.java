package org.mdc.model;

/** How close mass atrocities are: the R2P Pillar III setting of Claes (000) is imminent or ongoing. */
public enum AtrocityRisk implements Choice {
  REMOTE,
  IMMINENT,
  ONGOING,
  UNKNOWN;

  /** True when atrocities are imminent or ongoing. */
  public boolean isPressing() {
    return this == IMMINENT || this == ONGOING;
  }
}
