package org.mdc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
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
      "Input: CSV with a header row; columns are case-insensitive, in any order. Required: mission, population,"
          + " troops, and largest_force or largest_force_min (with largest_force_max). Optional: region,"
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
      description = "Write to FILE instead of standard output. The file is written aside and moved into place, so a"
          + " failed run never leaves it half-written or clobbered.")
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
    rules = rulesOption.load(err);
    InputStream in;
    try {
      in = InputFiles.open(file, parent.stdin());
    } catch (InputFiles.Unavailable e) {
      err.println("mdc: " + e.getMessage());
      return ExitCode.NO_INPUT.code();
    }
    OutputTarget target;
    try {
      target = output == null
          ? OutputTarget.stdout(spec.commandLine().getOut(), parent.rawStdout())
          : OutputTarget.file(output);
    } catch (IOException e) {
      err.println("mdc: " + output + ": cannot be written (" + OutputTarget.reason(e) + ")");
      closeQuietly(in);
      return ExitCode.CANNOT_CREATE.code();
    }
    ComparePipeline pipeline = new ComparePipeline(file, new Comparer(rules), this::renderer,
        new ComparePipeline.Options(onlyShort, sort == null ? null : sort.order, strict,
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()))));
    ComparePipeline.Summary summary;
    try (in) {
      summary = pipeline.run(in, target.stream(), problem -> err.println(problem.describe()));
    } catch (IOException | UncheckedIOException e) {
      target.abandon();
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      err.println("mdc: " + file + ": cannot be read (" + cause.getMessage() + ")");
      return ExitCode.DATA_ERROR.code();
    }
    if (!summary.fatal().isEmpty() || summary.stopped()) {
      target.abandon();
      summary.fatal().forEach(p -> err.println(p.describe()));
      err.println("mdc: " + file + ": stopped; " + (output == null ? "output above is incomplete" : output + " left untouched"));
      return ExitCode.DATA_ERROR.code();
    }
    try {
      target.commit();
    } catch (IOException e) {
      err.println("mdc: " + output + ": cannot be written (" + OutputTarget.reason(e) + ")");
      return ExitCode.CANNOT_CREATE.code();
    }
    if (!parent.terminal.quiet) {
      err.println("mdc compare: " + summary.read() + " rows read, " + summary.written() + " written, "
        + summary.rejected() + " rejected, " + summary.shortCount() + " short of the rules of thumb"
          + (rules.rulebook().isDefault() ? "" : "; rulebook: " + rules.rulebook().describe()));
    }
    return summary.rejected() > 0 ? ExitCode.DATA_ERROR.code() : ExitCode.OK.code();
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

  /** Where the output goes: standard output, or a file written aside and moved into place. */
  static final class OutputTarget {
    private final OutputStream writer;
    private final java.nio.file.Path temp;
    private final java.nio.file.Path destination;

    private OutputTarget(OutputStream writer, java.nio.file.Path temp, java.nio.file.Path destination) {
      this.writer = writer;
      this.temp = temp;
      this.destination = destination;
    }

    /** Standard output; the command line's writer is flushed first, as both reach the same stream. */
    static OutputTarget stdout(PrintWriter out, OutputStream raw) {
      out.flush();
      return new OutputTarget(raw, null, null);
    }

    static OutputTarget file(String name) throws IOException {
      java.nio.file.Path destination = java.nio.file.Path.of(name).toAbsolutePath();
      if (java.nio.file.Files.isDirectory(destination)) {
        throw new IOException("is a directory");
      }
      java.nio.file.Path dir = destination.getParent();
      if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
        throw new java.nio.file.NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
      }
      java.nio.file.Path temp = java.nio.file.Files.createTempFile(dir, "." + destination.getFileName(), ".part");
      return new OutputTarget(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(temp), 1 << 16), temp,
          destination);
    }

    OutputStream stream() {
      return writer;
    }

    void commit() throws IOException {
      writer.flush();
      if (temp != null) {
        writer.close();
        try {
          java.nio.file.Files.move(temp, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          java.nio.file.Files.deleteIfExists(temp);
          throw e;
        }
      }
    }

    void abandon() {
      try {
        writer.flush();
        if (temp != null) {
          writer.close();
          java.nio.file.Files.deleteIfExists(temp);
        }
      } catch (IOException e) {
        // the output is being thrown away; nothing more to do
      }
    }

    static String reason(IOException e) {
      if (e instanceof java.nio.file.NoSuchFileException) {
        return "the folder does not exist";
      }
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
      return String.valueOf(e.getMessage());
    }
  }
}
