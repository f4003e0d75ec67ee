package org.mdc.model;

/** The phase of emergent conflict (Gowan, 003: latent tension, rising tension, the Rubicon moment, and after it). */
public enum Phase implements Choice {
  LATENT_TENSION,
  RISING_TENSION,
  PRE_RUBICON,
  POST_RUBICON,
  UNKNOWN;
}
