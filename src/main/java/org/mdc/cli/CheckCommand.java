package org.mdc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mdc.assessment.Assessor;
import org.mdc.check.CheckFinding;
import org.mdc.check.CheckResult;
import org.mdc.check.FailLevel;
import org.mdc.check.MandateCheck;
import org.mdc.io.InputProblem;
import org.mdc.io.Parsed;
import org.mdc.io.YamlTree;
import org.mdc.io.ZoneDocument;
import org.mdc.io.ZoneReader;
import org.mdc.report.CheckJsonReport;
import org.mdc.report.CheckMarkdownReport;
import org.mdc.report.CheckRenderer;
import org.mdc.report.CheckTextReport;
import org.mdc.report.GithubReport;
import org.mdc.report.GitlabReport;
import org.mdc.report.JUnitReport;
import org.mdc.report.SarifReport;
import org.mdc.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mdc check DRAFT...}: the CI gate on mandate drafts. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check mandate drafts: fail when a draft authorizes a mission that the rules say cannot do its job, and say"
          + " where (file, line and column of the field at fault) and why (the required and the authorized figure).",
      "",
      "A mandate draft is a zone file with a mission block, or a file whose 'zone:' key names a zone file (relative"
          + " to the draft) beside a mission block. Folders are searched for *.yaml and *.yml drafts; files there"
          + " without a mission block (plain zone files) are skipped. The rules are those of 'mdc assess'."
    },
    footerHeading = "%nExamples%n",
    footer = {
      "  mdc check examples/mandates/",
      "  mdc check drafts/ --format sarif > mdc.sarif",
      "  mdc check drafts/ --format gitlab > gl-code-quality-report.json",
      "  mdc check draft.yaml --baseline old/draft.yaml --fail-on warning"
    })
final class CheckCommand implements Callable<Integer> {

  /** The output formats of {@code check}. */
  enum Format {
    text,
    sarif,
    junit,
    github,
    json,
    markdown,
    gitlab
  }

  @Spec CommandSpec spec;

  @picocli.CommandLine.ParentCommand MdcCommand parent;

  @Parameters(paramLabel = "DRAFT", arity = "1..*",
      description = "Mandate drafts (YAML), or folders to search for them.")
  List<String> inputs;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). gitlab is GitLab's"
          + " Code Quality report, where an error is critical, a warning minor and a note info.")
  Format format;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Exit 1 when a finding is this severe or more: error, warning, note or never"
          + " (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--baseline", paramLabel = "OLD",
      description = "An earlier version of the draft (or a folder of drafts, matched by relative path): findings"
          + " are marked new, kept or fixed, and only new ones fail the check.")
  String baseline;

  @picocli.CommandLine.Mixin RulesOption rulesOption;

  private RuleSet rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FailLevel level = FailLevel.valueOf(failLevel(failOn).toUpperCase(java.util.Locale.ROOT));
    rules = rulesOption.load(err);
    MandateCheck check = new MandateCheck(new Assessor(rules));
    Drafts current;
    Drafts old = null;
    try {
      current = Drafts.read(inputs, check);
      if (baseline != null) {
        old = Drafts.read(List.of(baseline), check);
      }
    } catch (InputFiles.Unavailable e) {
      err.println("mdc: " + e.getMessage());
      return ExitCode.NO_INPUT.code();
    }
    List<InputProblem> problems = new ArrayList<>(current.problems);
    if (old != null) {
      problems.addAll(old.problems);
    }
    problems.forEach(p -> err.println(p.describe()));
    List<CheckFinding> findings = current.findings;
    if (old != null) {
      Path currentRoot = root(inputs.get(0));
      Path oldRoot = root(baseline);
      findings = MandateCheck.againstBaseline(current.findings, old.findings,
          f -> key(currentRoot, f, inputs.size() == 1 && !Files.isDirectory(Path.of(inputs.get(0)))),
          f -> key(oldRoot, f, !Files.isDirectory(Path.of(baseline))));
    }
    CheckResult result = new CheckResult(current.files, findings, level, old != null, rules.rulebook().describe());
    try {
      renderer().render(result, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      err.println("mdc: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
          + " in the drafts; those drafts were not checked");
      return ExitCode.DATA_ERROR.code();
    }
    return result.fails() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }

  private String failLevel(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    if (t.equals("info")) {
      return "note";
    }
    if (!List.of("error", "warning", "note", "never").contains(t)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--fail-on': expected error, warning, note or never, found '" + text + "'");
    }
    return t;
  }

  private CheckRenderer renderer() {
    switch (format) {
      case sarif:
        return new SarifReport(rules, new VersionProvider().version());
      case junit:
        String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return new JUnitReport(rules, Instant.now(), host.isBlank() ? "localhost" : host);
      case github:
        return new GithubReport();
      case json:
        return new CheckJsonReport();
      case markdown:
        return new CheckMarkdownReport();
      case gitlab:
        return new GitlabReport(Path.of(""));
      default:
        return new CheckTextReport(parent.terminal.style());
    }
  }

  private static Path root(String input) {
    Path p = Path.of(input);
    return Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
  }

  /** What a finding's file is matched by: nothing for a single file, else its path under the folder. */
  private static String key(Path root, String file, boolean single) {
    if (single) {
      return "";
    }
    Path p = Path.of(file);
    try {
      return root.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return p.toString();
    }
  }

  /** The drafts named on the command line, read and checked. */
  private static final class Drafts {
    final List<String> files = new ArrayList<>();
    final List<CheckFinding> findings = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();

    static Drafts read(List<String> inputs, MandateCheck check) throws InputFiles.Unavailable {
      Drafts drafts = new Drafts();
      for (String input : inputs) {
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
          for (Path file : yamlFilesUnder(path)) {
            drafts.add(file.toString(), check, true);
          }
        } else {
          drafts.add(input, check, false);
        }
      }
      return drafts;
    }

    private void add(String file, MandateCheck check, boolean skipZoneFiles) throws InputFiles.Unavailable {
      byte[] bytes = InputFiles.read(file, java.io.InputStream.nullInputStream(), YamlTree.MAX_BYTES);
      Path dir = Path.of(file).toAbsolutePath().getParent();
      Parsed<ZoneDocument> parsed = ZoneReader.readMandate(file, bytes, name -> {
        try {
          return InputFiles.read(dir.resolve(name).toString(), java.io.InputStream.nullInputStream(), YamlTree.MAX_BYTES);
        } catch (InputFiles.Unavailable e) {
          throw new IOException(e.getMessage(), e);
        }
      });
      if (!parsed.ok()) {
        boolean onlyMissingMission = parsed.problems().size() == 1 && parsed.problems().get(0).field().equals("mission")
            && parsed.problems().get(0).message().startsWith("a mandate draft needs a mission block");
        if (skipZoneFiles && onlyMissingMission) {
          return;
        }
        problems.addAll(parsed.problems());
        return;
      }
      files.add(file);
      findings.addAll(check.check(parsed.value().get()));
    }

    private static List<Path> yamlFilesUnder(Path dir) throws InputFiles.Unavailable {
      try (Stream<Path> walk = Files.walk(dir)) {
        return walk.filter(Files::isRegularFile)
            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .sorted()
            .collect(Collectors.toList());
      } catch (IOException | UncheckedIOException e) {
        throw new InputFiles.Unavailable(dir + ": cannot be listed (" + e.getMessage() + ")");
      }
    }
  }
}
