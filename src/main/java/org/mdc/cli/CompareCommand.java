package org.mdc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import org.mdc.assessment.Comparer;
import org.mdc.assessment.Comparison;
import org.mdc.batch.ComparePipeline;
import org.mdc.io.InputProblem;
import org.mdc.report.ComparisonRenderer;
import org.mdc.report.CsvComparison;
import org.mdc.report.JsonLinesComparison;
import org.mdc.report.MarkdownComparison;
import org.mdc.rules.RuleSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code mdc compare MISSIONS.csv}: many missions streamed through the force-size rules. Described
 * by hand, as {@link Models} says why.
 */
final class CompareCommand extends RulebookCommand {

  /** The output formats of {@code compare}. */
  enum Format {
    csv,
    markdown,
    json,
    html
  }

  /** The orders {@code --sort} knows. */
  enum SortKey {
    troop_gap,
    coverage_pct,
    mission;

    /** The order itself, made only when a run sorts (picocli reads the constants of every run). */
    Comparator<Comparison> order() {
      switch (this) {
        case troop_gap:
          return Comparator.comparingLong(Comparison::troopGap);
        case coverage_pct:
          return Comparator.comparingLong(c -> c.coverageTenths().orElse(Long.MAX_VALUE));
        default:
          return Comparator.comparing(c -> c.entry().mission());
      }
    }
  }

  /** The mission list, or - for standard input. */
  String file;

  /** --format. */
  Format format;

  /** --output; null when not given. */
  String output;

  /** --sort; null when not given. */
  SortKey sort;

  /** --only-short. */
  boolean onlyShort;

  /** --strict. */
  boolean strict;

  private PositionalParamSpec fileParameter;
  private OptionSpec formatOption;
  private OptionSpec outputOption;
  private OptionSpec sortOption;
  private OptionSpec onlyShortOption;
  private OptionSpec strictOption;

  @Override
  CommandSpec describe() {
    CommandSpec spec = Models.command(this, "compare", new String[] {
      "Compare a list of missions with the force-size rules of thumb: for every mission, the troops the density"
          + " (2 to 10 per 1,000) and parity rules require, the troop gap, coverage, helicopters and a verdict.",
      "",
      "Input: CSV with a header row; columns are case-insensitive, in any order. Required: mission, population (or"
          + " population_min with population_max), troops, and largest_force or largest_force_min (with"
          + " largest_force_max). Optional: region,"
          + " helicopters_authorized, helicopters_deployed (or helicopters), host_consent.",
      "",
      "Rows are streamed: memory stays flat however long the list, unless --sort is given. Bad rows are reported on"
          + " standard error with their line number and the run goes on (exit 65 at the end); a summary goes to"
          + " standard error.",
      "",
      "When standard error is a terminal (and TERM is not dumb), a line there shows the progress of a long run:"
          + " rows read, rows per second and, for a file, how much of it is read and about how long is left;"
          + " --quiet turns it off."
    }, new String[] {
      "  mdc compare examples/table1.csv --format markdown",
      "  mdc compare missions.csv --only-short --sort coverage_pct --output short.csv",
      "  generate-missions | mdc compare - --format json"
    });
    addSharedOptions(spec);
    fileParameter = Models.inputFile(spec, "MISSIONS.csv", "The mission list (CSV), or - for standard input.");
    formatOption = Models.format(spec, Format.class, "csv",
        "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json writes one object per"
            + " line; html writes one self-contained page with a chart.");
    outputOption = Models.add(spec, OptionSpec.builder("-o", "--output").type(String.class).paramLabel("FILE")
        .description("Write to FILE instead of standard output (- is standard output), as sort -o does: a file is"
            + " written aside and moved into place, keeping its mode, so a failed run never leaves it half-written"
            + " or clobbered; a link is followed and its target written; a FIFO or a device is written directly."
            + " FILE may not be the input."));
    sortOption = Models.add(spec, OptionSpec.builder("--sort").type(SortKey.class).paramLabel("KEY")
        .description("Sort by ${COMPLETION-CANDIDATES}, ascending (the largest shortfall first for troop_gap and"
            + " coverage_pct). Holds every row in memory."));
    onlyShortOption = Models.add(spec, OptionSpec.builder("--only-short").type(boolean.class).initialValue(false)
        .description("Write only the missions short of either minimum."));
    strictOption = Models.add(spec, OptionSpec.builder("--strict").type(boolean.class).initialValue(false)
        .description("Stop at the first bad row instead of reporting it and going on."));
    Models.standardHelpOptions(spec);
    return spec;
  }

  @Override
  void bind() {
    super.bind();
    file = fileParameter.getValue();
    format = formatOption.getValue();
    output = outputOption.getValue();
    sort = sortOption.getValue();
    onlyShort = onlyShortOption.getValue();
    strict = strictOption.getValue();
  }

  private RuleSet rules;

  @Override
  protected Outcome execute() {
    PrintWriter err = err();
    if (output != null && output.isEmpty()) {
      throw usage("Invalid value for option '--output': expected a file name, or - for standard output");
    }
    rules = rules();
    boolean toStdout = output == null || STANDARD_OUTPUT.contains(output);
    if (!toStdout && sameFile(file, output)) {
      return fail(Outcome.BAD_USAGE, "--output " + output + " is the input file; it was left untouched:"
          + " write the results to another file");
    }
    InputStream in;
    try {
      in = InputFiles.checked(file, InputFiles.open(file, parent().stdin()));
    } catch (InputFiles.Unavailable e) {
      return fail(Outcome.MISSING_INPUT, e.getMessage());
    }
    OutputFile outputFile = null;
    OutputStream target;
    if (toStdout) {
      out().flush(); // the command line's writer and the stream reach the same output
      target = parent().rawStdout();
    } else {
      try {
        outputFile = OutputFile.open(output, true);
      } catch (OutputFile.Unavailable e) {
        closeQuietly(in);
        return fail(Outcome.CANNOT_CREATE, e.getMessage());
      }
      target = outputFile.stream();
    }
    if (format == Format.html) {
      worst = new org.mdc.report.HtmlComparison.Worst();
    }
    // Classes, not a method reference and a lambda: a compare links no lambda of its own
    // (ComparePipeline.DaemonThreads says why).
    ComparePipeline.RendererFactory renderers = new ComparePipeline.RendererFactory() {
      @Override
      public ComparisonRenderer create(OutputStream out) throws IOException {
        return renderer(out);
      }
    };
    ComparePipeline pipeline = new ComparePipeline(file, new Comparer(rules), renderers,
        new ComparePipeline.Options(onlyShort, sort == null ? null : sort.order(), strict,
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()))));
    ComparePipeline.Summary summary;
    ProgressLine progress = parent().terminal.progress(parent().device())
        ? new ProgressLine(err, parent().device(), size(file)) : null;
    try (in; OutputFile written = outputFile) { // an output not committed is abandoned
      summary = pipeline.run(in, target, new Consumer<InputProblem>() {
        @Override
        public void accept(InputProblem problem) {
          if (progress != null) {
            progress.clear();
          }
          err.println(Problems.line(problem));
        }
      }, progress == null ? ComparePipeline.Progress.NONE : progress);
      if (progress != null) {
        progress.clear();
      }
      if (!summary.fatal().isEmpty() || summary.stopped()) {
        summary.fatal().forEach(p -> err.println(Problems.line(p)));
        err.println("mdc: " + Problems.safe(file) + ": stopped; "
            + (toStdout ? "output above is incomplete" : Problems.safe(output) + " left untouched"));
        return Outcome.BAD_DATA;
      }
      if (written != null) {
        written.commit();
      } else {
        target.flush();
      }
    } catch (IOException | UncheckedIOException e) {
      if (progress != null) {
        progress.clear();
      }
      return failed(e, toStdout);
    } finally {
      if (progress != null) { // whatever ended the run, the next text starts on a clean line
        progress.clear();
      }
    }
    if (!quiet()) {
      err.println("mdc compare: " + summary.read() + (summary.read() == 1 ? " row read, " : " rows read, ")
          + summary.written() + " written, "
          + summary.rejected() + " rejected, " + summary.shortCount() + " short of the rules of thumb"
          + (rules.rulebook().isDefault() ? "" : "; rulebook: " + Problems.safe(rules.rulebook().describe())));
    }
    return summary.rejected() > 0 ? Outcome.BAD_DATA : Outcome.DONE;
  }

  /**
   * The outcome of a run that an I/O error ended, told on standard error: by the error's type,
   * since the input, the output and the output's commit each fail in their own way.
   */
  private Outcome failed(Exception e, boolean toStdout) {
    Optional<CheckedOutput.Failure> write = CheckedOutput.Failure.in(e);
    if (write.isPresent()) {
      if (write.get().closedPipe()) {
        return Outcome.CLOSED_PIPE; // the reader has what it wanted: no summary of rows it never saw
      }
      err().println(write.get().describe() + (toStdout ? "" : "; left untouched"));
      return Outcome.CANNOT_WRITE;
    }
    Optional<InputFiles.ReadFailure> read = InputFiles.ReadFailure.in(e);
    if (read.isPresent()) {
      return fail(Outcome.MISSING_INPUT, read.get().getMessage());
    }
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof java.nio.file.FileAlreadyExistsException) { // the output appeared while mdc wrote
      return fail(Outcome.CANNOT_CREATE, cause.getMessage());
    }
    throw new IllegalStateException("compare failed unexpectedly", cause);
  }

  /** The size of the input, when it is a regular file. */
  private static java.util.OptionalLong size(String file) {
    try {
      Path path = Path.of(file);
      return !file.equals("-") && Files.isRegularFile(path) ? java.util.OptionalLong.of(Files.size(path))
          : java.util.OptionalLong.empty();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return java.util.OptionalLong.empty();
    }
  }

  /** Names of standard output: written to it directly, as - is. */
  private static final java.util.Set<String> STANDARD_OUTPUT = java.util.Set.of("-", "/dev/stdout", "/dev/fd/1",
      "/proc/self/fd/1");

  /** True when {@code input} and {@code output} name one file (through links too). */
  private static boolean sameFile(String input, String output) {
    if (input.equals("-")) {
      return false;
    }
    try {
      return Files.exists(Path.of(output)) && Files.isSameFile(Path.of(input), Path.of(output));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * The missions furthest short, shared by the HTML renderers of one run's blocks; made before
   * the pipeline starts, and only for html, whose classes a CSV run need not load.
   */
  private org.mdc.report.HtmlComparison.Worst worst;

  private ComparisonRenderer renderer(OutputStream out) throws IOException {
    switch (format) {
      case markdown:
        return new MarkdownComparison(new OutputStreamWriter(out, StandardCharsets.UTF_8), rules);
      case json:
        return new JsonLinesComparison(out);
      case html:
        return new org.mdc.report.HtmlComparison(new OutputStreamWriter(out, StandardCharsets.UTF_8), worst, rules);
      default:
        return new CsvComparison(out);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing to do: the input was only opened
    }
  }
}
