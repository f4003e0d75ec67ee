package org.mdc.model;

/** The kind of mission deployed or proposed. */
public enum MissionType implements Choice {
  /** Mostly civilian experts: persuasion, mediation, good offices, monitoring (000, 003). */
  POLITICAL_MISSION("political mission"),
  /** A defensive military mission that deters by its presence (000). */
  PREVENTIVE_DEPLOYMENT("preventive deployment"),
  /** A contingency force held outside the area until a tripwire is crossed (000). */
  OVER_THE_HORIZON("over-the-horizon force"),
  /** A peace operation, usually with a protection-of-civilians mandate (002). */
  PEACEKEEPING("peacekeeping mission"),
  /**
   * A political office based outside the country that covers it, such as UNOWA for Guinea or
   * UNRCCA for Kyrgyzstan (003, "Confronting Rising Tension"): it needs no consent to be there.
   */
  REGIONAL_OFFICE("regional political office");

  private final String title;

  MissionType(String title) {
    this.title = title;
  }

  /** The mission type in prose: "peacekeeping mission". */
  public String title() {
    return title;
  }

  /** True for the missions that deploy inside the country and so need the host's consent. */
  public boolean deploysInCountry() {
    return this != OVER_THE_HORIZON && this != REGIONAL_OFFICE;
  }

  /** True for the civilian missions of the political-mission configuration. */
  public boolean isPolitical() {
    return this == POLITICAL_MISSION || this == REGIONAL_OFFICE;
  }
}
