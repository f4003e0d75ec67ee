package org.mdc.model;

/** The three mission configurations that {@code mdc} chooses among (Claes, 000; Gowan, 003). */
public enum Configuration implements Choice {
  /** A multilateral team of mostly civilian experts: persuasion, mediation, monitoring. */
  POLITICAL_MISSION("political mission"),
  /** A defensive military mission inside the country that deters by presence. */
  PREVENTIVE_DEPLOYMENT("preventive deployment"),
  /** A contingency force held outside the area, sent when tripwires are crossed. */
  OVER_THE_HORIZON("over-the-horizon force");

  private final String title;

  Configuration(String title) {
    this.title = title;
  }

  /** The configuration's name in prose. */
  public String title() {
    return title;
  }
}
