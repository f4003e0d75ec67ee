package org.mdc.rules;

import java.util.Objects;

/**
 * What a parameter or a worked example rests on, of exactly one of three kinds: a passage of one
 * of the seed documents, quoted as the seed states it; an outside reference, cited in full and
 * marked as not in the seeds; or a derivation, with its formula and the facts it uses (each fact
 * itself cited).
 *
 * @param kind seed, outside or derivation
 * @param reference for a seed, the document and section; for an outside reference, the full
 *     citation; for a derivation, the formula
 * @param statement for a seed, the figure or words as the seed states them; for an outside
 *     reference, what it says; for a derivation, the facts it uses and where each comes from
 */
public record Provenance(Kind kind, String reference, String statement) {

  /** The three kinds of source a figure may have. */
  public enum Kind implements org.mdc.model.Choice {
    /** A passage of one of the documents in {@code seeds/}. */
    SEED,
    /** A document outside the seeds, cited in full. */
    OUTSIDE,
    /** Computed from other figures, each with its own source. */
    DERIVATION
  }

  public Provenance {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(statement, "statement");
    if (reference.isBlank() || statement.isBlank()) {
      throw new IllegalArgumentException("a provenance needs a reference and a statement");
    }
  }

  /** A seed passage: {@code document} and {@code section}, and the words as the seed states them. */
  public static Provenance seed(String document, String section, String quote) {
    return new Provenance(Kind.SEED, document + ", " + section, "\"" + quote + "\"");
  }

  /** An outside reference, cited in full; it is not in the seeds. */
  public static Provenance outside(String citation, String says) {
    return new Provenance(Kind.OUTSIDE, citation + " (not in the seeds)", says);
  }

  /** A derivation: the formula, and the facts it uses with their sources. */
  public static Provenance derivation(String formula, String facts) {
    return new Provenance(Kind.DERIVATION, formula, facts);
  }

  /** One line: the kind, the reference and the statement. */
  public String describe() {
    switch (kind) {
      case SEED:
        return "seed " + reference + ": " + statement;
      case OUTSIDE:
        return "outside reference, " + reference + ": " + statement;
      default:
        return "derivation, " + reference + ", from " + statement;
    }
  }
}
