package org.mdc.model;

/** An international presence already in the country before the crisis (Claes, 000). */
public enum ExistingPresence implements Choice {
  NONE("no mission"),
  POLITICAL_MISSION("political mission"),
  REGIONAL_OFFICE("regional office"),
  PEACEKEEPING("peacekeeping mission"),
  /** A force of a regional organization, such as the African Union or ECOWAS. */
  REGIONAL_FORCE("regional force"),
  /** UN agencies working in the country without a mission: humanitarian and development staff. */
  COUNTRY_TEAM("UN country team"),
  UNKNOWN("unknown presence");

  private final String title;

  ExistingPresence(String title) {
    this.title = title;
  }

  /** True for an actual presence: neither none nor unknown. */
  public boolean isPresence() {
    return this != NONE && this != UNKNOWN;
  }

  /** True for a presence inside the country (a regional office works from outside it). */
  public boolean inCountry() {
    return isPresence() && this != REGIONAL_OFFICE;
  }

  /** A political office: the platform for mediation and good offices. */
  public boolean isPoliticalOffice() {
    return this == POLITICAL_MISSION || this == REGIONAL_OFFICE;
  }

  /** The presence in prose: "peacekeeping mission". */
  public String title() {
    return title;
  }
}
