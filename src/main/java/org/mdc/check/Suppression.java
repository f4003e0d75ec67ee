package org.mdc.check;

import java.util.Objects;
import org.mdc.io.Place;

/**
 * Why a finding does not count: a suppression comment in the draft silenced it.
 *
 * @param place where the comment is
 * @param reason the reason it gives, as written in the draft (renderers neutralise it as any
 *     other text from a draft)
 */
public record Suppression(Place place, String reason) {

  public Suppression {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(reason, "reason");
  }
}
