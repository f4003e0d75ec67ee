package org.mdc.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule is, apart from what it computes: its stable id, what it checks, its parameters,
 * its source, the most serious finding it reports, and a worked example from the sources. Ids
 * are part of the interface: reports, findings and rulebooks use them.
 */
public record RuleInfo(
    String id, String title, Source source, List<Parameter> parameters, Severity severity, Example example) {

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(example, "example");
  }

  public RuleInfo(String id, String title, Source source, List<Parameter> parameters) {
    this(id, title, source, parameters, Severity.INFO, Example.NONE);
  }

  public RuleInfo(String id, String title, Source source) {
    this(id, title, source, List.of());
  }

  /** This rule with {@code value} as the most serious finding it reports. */
  public RuleInfo withSeverity(Severity value) {
    return new RuleInfo(id, title, source, parameters, value, example);
  }

  /** This rule with a worked example, and what the example's facts rest on. */
  public RuleInfo withExample(String text, Provenance provenance) {
    return new RuleInfo(id, title, source, parameters, severity, new Example(text, provenance));
  }

  public Optional<Parameter> parameter(String name) {
    for (Parameter p : parameters) {
      if (p.name().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * A worked example: the rule applied to a case, in words, with the provenance of the case's
   * facts. Its figures are the historical ones, never a rulebook's threshold.
   */
  public record Example(String text, Provenance provenance) {
    /** No example yet; every rule of the default set has one (a test holds it). */
    static final Example NONE =
        new Example("", new Provenance(Provenance.Kind.DERIVATION, "none", "no worked example"));

    public Example {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(provenance, "provenance");
    }
  }
}
