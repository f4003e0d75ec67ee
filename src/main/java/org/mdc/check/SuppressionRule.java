package org.mdc.check;

import org.mdc.rules.Severity;

/**
 * The findings {@code mdc check} makes about a draft's own suppression comments ({@code # mdc:
 * ignore[RULE-ID] reason}), beside those of the rules: they come from no source document, cannot
 * be suppressed and keep their severity whatever the rulebook says.
 */
public enum SuppressionRule {
  /** A suppression that cannot be honoured: no reason, an unknown rule id, or a malformed comment. */
  INVALID("invalid-suppression", Severity.ERROR,
      "A suppression comment that is not honoured: it gives no reason, names an unknown rule, or is not of the form"
          + " '# mdc: ignore[RULE-ID] reason'"),
  /** A suppression that silences nothing, as ruff's unused-noqa. */
  UNUSED("unused-suppression", Severity.WARNING,
      "A suppression comment that silences nothing on its line: the finding it names is not there (any more)");

  private final String id;
  private final Severity severity;
  private final String title;

  SuppressionRule(String id, Severity severity, String title) {
    this.id = id;
    this.severity = severity;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }
}
