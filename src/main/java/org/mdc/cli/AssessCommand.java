package org.mdc.cli;

import java.io.PrintWriter;
import org.mdc.assessment.Assessment;
import org.mdc.assessment.Assessor;
import org.mdc.assessment.Timeline;
import org.mdc.io.Parsed;
import org.mdc.io.YamlTree;
import org.mdc.io.ZoneDocument;
import org.mdc.io.ZoneReader;
import org.mdc.report.AssessmentRenderer;
import org.mdc.report.JsonReport;
import org.mdc.report.TextReport;
import org.mdc.rules.RuleSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code mdc assess ZONE.yaml}: one zone through the whole pipe. Described by hand, as {@link Models} says why. */
final class AssessCommand extends RulebookCommand {

  /** The output formats of {@code assess}. */
  enum Format {
    text,
    json,
    html
  }

  /** The zone file, or - for standard input. */
  String file;

  /** --format. */
  Format format;

  private PositionalParamSpec fileParameter;
  private OptionSpec formatOption;

  @Override
  CommandSpec describe() {
    CommandSpec spec = Models.command(this, "assess", new String[] {
        "Assess one crisis zone: the troops and helicopters the rules of thumb require, which of the three mission"
            + " configurations fits (political mission, preventive deployment, over-the-horizon force), and a gap"
            + " report.",
        "",
        "Every figure names the rule behind it and every rule its source. Optional fields left out are treated as"
            + " unknown and listed as assumptions, with how the answer would change if they were known.",
        "",
        "Counts may be ranges of estimates ({min: N, max: N}); gaps are then measured at both ends. The sensitivity"
            + " section gives the figures of the population, the largest force, the troops and the helicopters at"
            + " which the answer would change."
    }, new String[] {
        "  mdc assess examples/darfur-2014.yaml",
        "  mdc assess examples/macedonia-1993.yaml --format json | jq .recommendation.primary",
        "  cat zone.yaml | mdc assess -"
    });
    addSharedOptions(spec);
    fileParameter = Models.inputFile(spec, "ZONE.yaml",
        "The zone file (YAML; see the README's zone file reference), or - for standard input.");
    formatOption = Models.format(spec, Format.class, "text",
        "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); html writes one"
            + " self-contained page with a chart, to attach to a briefing note.");
    Models.standardHelpOptions(spec);
    return spec;
  }

  @Override
  void bind() {
    super.bind();
    file = fileParameter.getValue();
    format = formatOption.getValue();
  }

  @Override
  protected Outcome execute() {
    PrintWriter err = err();
    byte[] bytes;
    try {
      bytes = InputFiles.read(file, parent().stdin(), YamlTree.MAX_BYTES);
    } catch (InputFiles.Unavailable e) {
      return fail(Outcome.MISSING_INPUT, e.getMessage());
    }
    Parsed<ZoneDocument> parsed = ZoneReader.read(file, bytes);
    if (!parsed.ok()) {
      Problems.print(err, parsed.problems());
      err.println("mdc: " + Problems.safe(file) + ": " + parsed.problems().size() + " problem"
          + (parsed.problems().size() == 1 ? "" : "s") + "; nothing assessed");
      return Outcome.BAD_DATA;
    }
    RuleSet rules = rules();
    ZoneDocument document = parsed.value().get();
    if (document.hasSnapshots() || document.date().isPresent()) {
      renderer(rules).render(Timeline.of(new Assessor(rules), document.timeline()), out());
      return Outcome.DONE;
    }
    Assessment assessment = new Assessor(rules).assess(document.zone());
    renderer(rules).render(assessment, out());
    return Outcome.DONE;
  }

  private AssessmentRenderer renderer(RuleSet rules) {
    switch (format) {
      case json:
        return new JsonReport(rules);
      case html:
        return new org.mdc.report.HtmlReport(rules);
      default:
        return new TextReport(rules, style());
    }
  }
}
