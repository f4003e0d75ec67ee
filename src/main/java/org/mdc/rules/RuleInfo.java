package org.mdc.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule is, apart from what it computes: its stable id, what it checks, its parameters
 * and its source. Ids are part of the interface: reports, findings and rulebooks use them.
 */
public record RuleInfo(String id, String title, Source source, List<Parameter> parameters) {

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    parameters = List.copyOf(parameters);
  }

  public RuleInfo(String id, String title, Source source) {
    this(id, title, source, List.of());
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
