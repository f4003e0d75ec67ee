package org.mdc.rules;

import java.util.Objects;

/**
 * One statement a rule's advice makes, beside its worked example, with what it rests on: so that
 * {@code mdc rules ID} can show where each piece of advice comes from.
 *
 * @param says the statement, in the words of the advice
 * @param provenance the seed passage, outside reference or derivation it rests on
 */
public record Claim(String says, Provenance provenance) {

  public Claim {
    Objects.requireNonNull(says, "says");
    Objects.requireNonNull(provenance, "provenance");
  }
}
