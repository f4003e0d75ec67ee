package org.mdc.model;

/** A task written into a mission's mandate. */
public enum Task implements Choice {
  PROTECTION_OF_CIVILIANS,
  ATROCITY_PREVENTION,
  EARLY_WARNING,
  HUMAN_RIGHTS_MONITORING,
  MEDIATION,
  SAFE_AREAS,
  /** Electoral assistance or observation: a monitoring presence, sized unlike a mediation team (003). */
  ELECTORAL_ASSISTANCE;
}
