package org.mdc.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.mdc.io.RulebookReader;
import org.mdc.io.Suggestions;
import org.mdc.report.RulesRenderer;
import org.mdc.report.RulesTextReport;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code mdc rules [ID]}: the rules, their parameters and their sources. Described by hand, as
 * {@link Models} says why.
 */
final class RulesCommand extends RulebookCommand {

  /** The output formats of {@code rules}. */
  enum Format {
    text,
    yaml
  }

  /** A rule id; null for the whole list. */
  String id;

  /** --format. */
  Format format;

  private PositionalParamSpec idParameter;
  private OptionSpec formatOption;

  @Override
  CommandSpec describe() {
    CommandSpec spec = Models.command(this, "rules", new String[] {
        "List every rule mdc applies: its id, what it checks, the most serious finding it reports, its parameters"
            + " and the source document and place it comes from. With an ID, explain that rule with a worked"
            + " example from the sources. With --format yaml, print the default rulebook to adapt for --rules."
    }, new String[] {"  mdc rules", "  mdc rules force-density", "  mdc rules --format yaml > doctrine.yaml"});
    addSharedOptions(spec);
    idParameter = Models.add(spec, PositionalParamSpec.builder().index("0").arity("0..1").type(String.class)
        .paramLabel("ID").description("A rule id, such as force-density."));
    formatOption = Models.format(spec, Format.class, "text", "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).");
    Models.standardHelpOptions(spec);
    return spec;
  }

  @Override
  void bind() {
    super.bind();
    id = idParameter.getValue();
    format = formatOption.getValue();
  }

  @Override
  protected Outcome execute() {
    PrintWriter out = out();
    RuleSet rules = rules();
    RulesRenderer renderer = new RulesTextReport();
    if (format == Format.yaml) {
      out.print(RulebookReader.defaultsAsYaml());
      return Outcome.DONE;
    }
    if (id != null) {
      Rule rule = rules.byId(id).orElseThrow(() -> usage("Unknown rule id '" + id + "'"
          + Suggestions.nearest(id, rules.all().stream().map(Rule::id).collect(Collectors.toList()))
              .map(s -> "; did you mean '" + s + "'?").orElse("")
          + " ('mdc rules' lists them)"));
      renderer.explain(rule, rules, out);
      return Outcome.DONE;
    }
    renderer.list(rules, out);
    return Outcome.DONE;
  }
}
