package org.mdc.model;

/** Which kind of body mandates and runs a mission (003, 004). */
public enum OrganizationKind implements Choice {
  /** The United Nations. */
  UN("the United Nations"),
  /** A regional organization, such as the African Union, ECOWAS, the OSCE or the European Union. */
  REGIONAL("a regional organization"),
  /** A small ad hoc team, as Kofi Annan's in Kenya in 2008, mandated by the African Union. */
  AD_HOC("an ad hoc team"),
  /** A political office based outside the country, such as UNOWA or UNRCCA. */
  REGIONAL_OFFICE("a regional office outside the country");

  private final String title;

  OrganizationKind(String title) {
    this.title = title;
  }

  /** The kind in prose: "a regional organization". */
  public String title() {
    return title;
  }
}
