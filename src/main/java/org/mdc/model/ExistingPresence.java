package org.mdc.model;

/** An international presence already in the country before the crisis (Claes, 000). */
public enum ExistingPresence implements Choice {
  NONE("no mission"),
  POLITICAL_MISSION("political mission"),
  REGIONAL_OFFICE("regional office"),
  PEACEKEEPING("peacekeeping mission"),
  UNKNOWN("unknown presence");

  private final String title;

  ExistingPresence(String title) {
    this.title = title;
  }

  /** The presence in prose: "peacekeeping mission". */
  public String title() {
    return title;
  }
}
