package org.mdc.model;

/** The authority a mission's mandate gives it to use force. */
public enum UseOfForce implements Choice {
  /** Force only to defend the mission's own personnel. */
  SELF_DEFENCE,
  /** Force to protect civilians under threat, beyond self-defence. */
  PROTECTION_OF_CIVILIANS,
  /** All necessary means under Chapter VII of the UN Charter. */
  CHAPTER_VII;

  /** True when the mission may use force beyond defending itself. */
  public boolean beyondSelfDefence() {
    return this != SELF_DEFENCE;
  }
}
