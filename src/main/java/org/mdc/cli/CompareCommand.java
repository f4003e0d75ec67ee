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
import java.util.concurrent.Callable;
import org.mdc.assessment.Comparer;
import org.mdc.assessment.Comparison;
import org.mdc.batch.ComparePipeline;
import org.mdc.report.ComparisonRenderer;
import org.mdc.report.CsvComparison;
import org.mdc.report.JsonLinesComparison;
import org.mdc.report.MarkdownComparison;
import org.mdc.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mdc compare MISSIONS.csv}: many missions streamed through the force-size rules. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
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
          + " standard error."
    },
    footerHeading = "%nExamples%n",
    footer = {
      "  mdc compare examples/table1.csv --format markdown",
      "  mdc compare missions.csv --only-short --sort coverage_pct --output short.csv",
      "  generate-missions | mdc compare - --format json"
    })
final class CompareCommand implements Callable<Integer> {

  /** The output formats of {@code compare}. */
  enum Format {
    csv,
    markdown,
    json,
    html
  }

  /** The orders {@code --sort} knows. */
  enum SortKey {
    troop_gap(Comparator.comparingLong(Comparison::troopGap)),
    coverage_pct(Comparator.comparingLong(c -> c.coverageTenths().orElse(Long.MAX_VALUE))),
    mission(Comparator.comparing(c -> c.entry().mission()));

    private final Comparator<Comparison> order;

    SortKey(Comparator<Comparison> order) {
      this.order = order;
    }
  }

  @Spec CommandSpec spec;

  @ParentCommand MdcCommand parent;

  @Parameters(paramLabel = "MISSIONS.csv", description = "The mission list (CSV), or - for standard input.")
  String file;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csv",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json writes one object per"
          + " line; html writes one self-contained page with a chart.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output (- is standard output), as sort -o does: a file is"
          + " written aside and moved into place, keeping its mode, so a failed run never leaves it half-written or"
          + " clobbered; a link is followed and its target written; a FIFO or a device is written directly. FILE"
          + " may not be the input.")
  String output;

  @Option(names = "--sort", paramLabel = "KEY",
      description = "Sort by ${COMPLETION-CANDIDATES}, ascending (the largest shortfall first for troop_gap and"
          + " coverage_pct). Holds every row in memory.")
  SortKey sort;

  @Option(names = "--only-short", description = "Write only the missions short of either minimum.")
  boolean onlyShort;

  @Option(names = "--strict", description = "Stop at the first bad row instead of reporting it and going on.")
  boolean strict;

  @picocli.CommandLine.Mixin RulesOption rulesOption;

  private RuleSet rules;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && output.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--output': expected a file name, or - for standard output");
    }
    rules = rulesOption.load(err);
    boolean toStdout = output == null || STANDARD_OUTPUT.contains(output);
    if (!toStdout && sameFile(file, output)) {
      err.println("mdc: --output " + Problems.safe(output) + " is the input file; it was left untouched:"
          + " write the results to another file");
      return ExitCode.USAGE.code();
    }
    InputStream in;
    try {
      in = InputFiles.open(file, parent.stdin());
    } catch (InputFiles.Unavailable e) {
      err.println("mdc: " + Problems.safe(e.getMessage()));
      return ExitCode.NO_INPUT.code();
    }
    OutputFile outputFile = null;
    OutputStream target;
    if (toStdout) {
      spec.commandLine().getOut().flush(); // the command line's writer and the stream reach the same output
      target = parent.rawStdout();
    } else {
      try {
        outputFile = OutputFile.open(output, true);
      } catch (OutputFile.Unavailable e) {
        err.println("mdc: " + Problems.safe(e.getMessage()));
        closeQuietly(in);
        return ExitCode.CANNOT_CREATE.code();
      }
      target = outputFile.stream();
    }
    ComparePipeline pipeline = new ComparePipeline(file, new Comparer(rules), this::renderer,
        new ComparePipeline.Options(onlyShort, sort == null ? null : sort.order, strict,
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()))));
    ComparePipeline.Summary summary;
    try (in; OutputFile written = outputFile) { // an output not committed is abandoned
      summary = pipeline.run(in, target, problem -> err.println(Problems.line(problem)));
      if (!summary.fatal().isEmpty() || summary.stopped()) {
        summary.fatal().forEach(p -> err.println(Problems.line(p)));
        err.println("mdc: " + Problems.safe(file) + ": stopped; "
            + (toStdout ? "output above is incomplete" : Problems.safe(output) + " left untouched"));
        return ExitCode.DATA_ERROR.code();
      }
      if (written != null) {
        written.commit();
      } else {
        target.flush();
      }
    } catch (IOException | UncheckedIOException e) {
      Optional<CheckedOutput.Failure> failure = CheckedOutput.Failure.in(e);
      if (failure.isPresent()) {
        if (failure.get().closedPipe()) {
          return ExitCode.CLOSED_PIPE.code(); // the reader has what it wanted: no summary of rows it never saw
        }
        err.println(failure.get().describe() + (toStdout ? "" : "; left untouched"));
        return ExitCode.IO_ERROR.code();
      }
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      err.println("mdc: " + Problems.safe(file) + ": cannot be read (" + cause.getMessage() + ")");
      return ExitCode.DATA_ERROR.code();
    }
    if (!parent.terminal.quiet) {
      err.println("mdc compare: " + summary.read() + " rows read, " + summary.written() + " written, "
        + summary.rejected() + " rejected, " + summary.shortCount() + " short of the rules of thumb"
          + (rules.rulebook().isDefault() ? "" : "; rulebook: " + Problems.safe(rules.rulebook().describe())));
    }
    return summary.rejected() > 0 ? ExitCode.DATA_ERROR.code() : ExitCode.OK.code();
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

  /** The missions furthest short, shared by the HTML renderers of one run's blocks. */
  private final org.mdc.report.HtmlComparison.Worst worst = new org.mdc.report.HtmlComparison.Worst();

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
