package org.mdc.rules;

import java.util.Objects;

/**
 * Where a rule comes from: a document of the domain brief (by its number in {@code seeds/}) and
 * the place in it.
 *
 * @param document the document's number and short title, such as {@code "002 Bellamy & Lupel,
 *     Why We Fail (IPI, 2015)"}
 * @param place the section, table or page
 */
public record Source(String document, String place) {

  public static final String CLAES = "000 Claes, Atrocity Prevention through Persuasion and Deterrence (USIP, 2012)";
  public static final String BELLAMY_LUPEL = "002 Bellamy & Lupel, Why We Fail (IPI, 2015)";
  public static final String GOWAN = "003 Gowan, Multilateral Political Missions and Preventive Diplomacy (USIP, 2011)";
  public static final String CHATHAM_HOUSE = "004 Chatham House, Transatlantic Cooperation to Prevent and Stop Mass Atrocities (2015)";

  public Source {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(place, "place");
  }

  /** One line: document, then place. */
  public String cite() {
    return document + ", " + place;
  }
}
