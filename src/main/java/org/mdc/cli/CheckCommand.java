package org.mdc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mdc.assessment.Assessor;
import org.mdc.check.CheckFinding;
import org.mdc.check.CheckResult;
import org.mdc.check.FailLevel;
import org.mdc.check.MandateCheck;
import org.mdc.io.InputProblem;
import org.mdc.io.Parsed;
import org.mdc.io.SuppressionComments;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code mdc check DRAFT...}: the CI gate on mandate drafts. */
final class CheckCommand extends RulebookCommand {

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

  /** The drafts and folders named. */
  List<String> inputs;

  /** --format. */
  Format format;

  /** --fail-on; null when not given. */
  FailLevel failOn;

  /** --baseline. */
  String baseline;

  /** --zone-root, repeatable. */
  List<String> zoneRoots = new ArrayList<>();

  /** --stdin-filename. */
  String stdinFilename;

  private PositionalParamSpec inputsParameter;
  private OptionSpec formatOption;
  private OptionSpec failOnOption;
  private OptionSpec baselineOption;
  private OptionSpec zoneRootOption;
  private OptionSpec stdinFilenameOption;

  @Override
  CommandSpec describe() {
    CommandSpec spec = Models.command(this, "check", new String[] {
      "Check mandate drafts: fail when a draft authorizes a mission that the rules say cannot do its job, and say"
          + " where (file, line and column of the field at fault) and why (the required and the authorized figure).",
      "",
      "A mandate draft is a zone file with a mission block, or a file whose 'zone:' key names a zone file (relative"
          + " to the draft) beside a mission block. The rules are those of 'mdc assess'.",
      "",
      "Folders are searched for *.yaml and *.yml files, leaving out hidden files and folders (.git, .github) unless"
          + " named. A file there is read as a draft when it has a mission block or a zone: key at the top level, or"
          + " a '# yaml-language-server: $schema=...mandate.schema.json' line in its first five; other YAML (plain"
          + " zone files, compose files, workflows) is skipped and counted on standard error.",
      "",
      "Drafts come from pull requests, so a draft reads nothing outside the tree being checked: a zone: key may"
          + " only name a regular file inside the folder given on the command line (or the working directory), not"
          + " a link out of it, a FIFO or a device; --zone-root widens it. Problems in a named file that is not a"
          + " zone are never shown, so no draft can print another file into a CI log. A file named twice is"
          + " checked once.",
      "",
      "A draft may silence a finding, with a reason, by a comment at the end of its line or on the line above:"
          + " '# mdc: ignore[RULE-ID] reason'. A silenced finding never fails the check; the summary counts it, and"
          + " JSON, SARIF, JUnit and Markdown list it with its reason. A suppression without a reason or naming no"
          + " rule is an error (invalid-suppression); one that silences nothing is a warning (unused-suppression)."
    }, new String[] {
      "  mdc check examples/mandates/",
      "  mdc check drafts/ --format sarif > mdc.sarif",
      "  mdc check drafts/ --format gitlab > gl-code-quality-report.json",
      "  mdc check draft.yaml --baseline old/draft.yaml --fail-on warning",
      "  git show main:draft.yaml | mdc check draft.yaml --baseline -"
    });
    addSharedOptions(spec);
    inputsParameter = Models.add(spec, PositionalParamSpec.builder().paramLabel("DRAFT").arity("0..*")
        .type(List.class).auxiliaryTypes(String.class)
        .description("Mandate drafts (YAML), or folders to search for them; - reads a draft from standard input;"
            + " without any, the folder of the project configuration (.mdc.yaml), filtered by its include and"
            + " exclude globs."));
    formatOption = Models.format(spec, Format.class, "text",
        "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). gitlab is GitLab's"
            + " Code Quality report, where an error is critical, a warning minor and a note info.");
    failOnOption = Models.add(spec, OptionSpec.builder("--fail-on").type(FailLevel.class)
        .paramLabel("LEVEL").converters(new FailLevels()).completionCandidates(new FailLevels())
        .description("Exit 1 when a finding is this severe or more: ${COMPLETION-CANDIDATES} (default: the"
            + " configuration's fail-on, else error; info is taken for note)."));
    baselineOption = Models.add(spec, OptionSpec.builder("--baseline").type(String.class).paramLabel("OLD")
        .description("An earlier version of the draft (or a folder of drafts, matched by relative path): findings"
            + " are marked new, worsened (a higher severity or a larger shortfall than in OLD, shown beside it),"
            + " kept or fixed, and only new and worsened ones fail the check."));
    zoneRootOption = Models.add(spec, OptionSpec.builder("--zone-root").type(List.class)
        .auxiliaryTypes(String.class).paramLabel("DIR")
        .description("A folder that 'zone:' keys may also name files in (repeatable). Without it a draft may only"
            + " name zone files inside the folder given on the command line or, for a draft given as a file,"
            + " inside the working directory (or the draft's own folder when it lies outside it)."));
    stdinFilenameOption = Models.add(spec, OptionSpec.builder("--stdin-filename").type(String.class)
        .paramLabel("NAME")
        .description("The name of the draft read from standard input ('-'): findings name it, and its zone: key is"
            + " resolved against its folder (default: <stdin>, in the working directory)."));
    Models.standardHelpOptions(spec);
    return spec;
  }

  @Override
  void bind() {
    super.bind();
    List<String> named = inputsParameter.getValue();
    inputs = named;
    format = formatOption.getValue();
    failOn = failOnOption.getValue();
    baseline = baselineOption.getValue();
    List<String> roots = zoneRootOption.getValue();
    zoneRoots = roots == null ? new ArrayList<>() : roots;
    stdinFilename = stdinFilenameOption.getValue();
  }

  /**
   * From this many drafts on, they are checked on several threads: measured with bench/check.sh,
   * 50 drafts took 196 ms on two threads against 210 ms on one, 1,000 drafts 577 ms against 705.
   */
  static final int PARALLEL_FROM = 32;

  private RuleSet rules;

  @Override
  protected Outcome execute() {
    PrintWriter out = out();
    PrintWriter err = err();
    Configuration config = configuration();
    FailLevel level = failOn != null ? failOn
        : config.settings().failOn().isPresent() ? new FailLevels().convert(config.settings().failOn().get().value())
        : FailLevel.ERROR;
    if (inputs == null || inputs.isEmpty()) {
      if (config.folder().isEmpty()) {
        throw usage("Missing required parameter: 'DRAFT' (a draft or a folder of drafts; or run where a "
            + org.mdc.io.ProjectConfig.FILE_NAME + " says which drafts to check)");
      }
      inputs = List.of(Configuration.display(config.folder().get(), workingDirectory()));
    }
    String baselineInput = baseline != null ? baseline
        : config.settings().baseline().isPresent()
            ? Configuration.display(config.path(config.settings().baseline().get(), true, err), workingDirectory())
            : null;
    rules = rules();
    MandateCheck check = new MandateCheck(Assessor.forGate(rules)); // check shows no sensitivity and no assumptions
    List<Path> extraRoots = new ArrayList<>();
    for (String root : zoneRoots) {
      if (!Files.isDirectory(Path.of(root))) {
        throw usage("Invalid value for option '--zone-root': " + root + " is not a folder");
      }
      extraRoots.add(Path.of(root));
    }
    Stdin stdin = stdin(baselineInput);
    Drafts current;
    Drafts old = null;
    try {
      // A baseline folder inside the folders checked holds old drafts, not current ones.
      Path oldFolder = baselineInput != null && Files.isDirectory(Path.of(baselineInput))
          ? Path.of(baselineInput).toAbsolutePath().normalize() : null;
      current = Drafts.read(inputs, check, extraRoots, stdin,
          f -> config.selects(f) && (oldFolder == null || !f.toAbsolutePath().normalize().startsWith(oldFolder)));
      if (baselineInput != null) { // its drafts are matched by path under it, so the globs see them there too
        Path currentRoot = root(inputs.get(0)).toAbsolutePath().normalize();
        Path oldRoot = root(baselineInput).toAbsolutePath().normalize();
        old = Drafts.read(List.of(baselineInput), check, extraRoots, stdin,
            f -> config.selects(currentRoot.resolve(oldRoot.relativize(f.toAbsolutePath().normalize()))));
      }
    } catch (InputFiles.Unavailable e) {
      return fail(Outcome.MISSING_INPUT, e.getMessage());
    }
    List<InputProblem> problems = new ArrayList<>(current.problems);
    if (old != null) {
      problems.addAll(old.problems);
    }
    Problems.print(err, problems);
    if (current.skipped > 0 && !quiet()) {
      err.println("mdc check: skipped " + current.skipped + " YAML file" + (current.skipped == 1 ? "" : "s")
          + " that " + (current.skipped == 1 ? "is not a mandate draft" : "are not mandate drafts")
          + " (no mission block, no zone: key, no mandate schema line)");
    }
    List<CheckFinding> findings = current.findings;
    if (old != null) {
      Path currentRoot = root(inputs.get(0));
      Path oldRoot = root(baselineInput);
      boolean currentSingle = current.files.size() == 1; // one draft against one: matched whatever their names
      boolean oldSingle = old.files.size() == 1;
      findings = MandateCheck.againstBaseline(current.findings, old.findings,
          f -> key(currentRoot, f, currentSingle), f -> key(oldRoot, f, oldSingle));
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
      return Outcome.BAD_DATA;
    }
    return result.fails() ? Outcome.FINDINGS : Outcome.DONE;
  }

  /**
   * Standard input as a draft, for a {@code -} among the drafts or as the baseline: it can be
   * read once, so only one of them may name it; {@code --stdin-filename} names it.
   */
  private Stdin stdin(String baselineInput) {
    boolean draft = inputs.contains("-");
    boolean old = "-".equals(baselineInput);
    if (draft && old) {
      throw usage("Standard input ('-') can be read only once: give it as a draft or as the --baseline, not both");
    }
    if (stdinFilename != null && !draft && !old) {
      throw usage("--stdin-filename names the draft read from standard input: give '-' as a draft or as the"
          + " --baseline");
    }
    return new Stdin(stdinFilename == null ? Stdin.DEFAULT_NAME : stdinFilename, parent().stdin());
  }

  /** Standard input, and the name a draft read from it goes by. */
  private record Stdin(String name, java.io.InputStream in) {
    static final String DEFAULT_NAME = "<stdin>";
  }

  /** {@code --fail-on}'s words: the levels' labels, and info for note. */
  static final class FailLevels implements picocli.CommandLine.ITypeConverter<FailLevel>, Iterable<String> {
    @Override
    public FailLevel convert(String text) {
      String word = text.trim().toLowerCase(java.util.Locale.ROOT);
      return org.mdc.model.Choice.parse(FailLevel.class, word.equals("info") ? "note" : word)
          .orElseThrow(() -> new picocli.CommandLine.TypeConversionException("expected "
              + String.join(", ", org.mdc.model.Choice.labels(FailLevel.class)).replaceAll(", (\\w+)$", " or $1")
              + ", found '" + Problems.safe(text) + "'"));
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return org.mdc.model.Choice.labels(FailLevel.class).iterator();
    }
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
        return new CheckTextReport(style());
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

  /** The drafts named on the command line, read and checked, each file once. */
  private static final class Drafts {
    final List<String> files = new ArrayList<>();
    final List<CheckFinding> findings = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    /** Real paths of the files read, so that a file named twice (a.yaml ./a.yaml) counts once. */
    final Set<Path> seen = new HashSet<>();
    /** YAML files found in folders that are not drafts. */
    int skipped;
    /** True once standard input was read: a second '-' names the same, spent, draft. */
    boolean stdinRead;
    /** The drafts read and the files refused, in the order named; checked by {@link #checkAll}. */
    private final List<Draft> read = new ArrayList<>();


    /** A draft read and waiting to be checked, or a file refused (with its problem). */
    private static final class Draft {
      final String file;
      final byte[] bytes;
      final CheckedTree tree;
      final InputProblem refused;
      /** Set by {@link #check}. */
      Parsed<ZoneDocument> parsed;
      List<CheckFinding> findings;

      Draft(String file, byte[] bytes, CheckedTree tree, InputProblem refused) {
        this.file = file;
        this.bytes = bytes;
        this.tree = tree;
        this.refused = refused;
      }

      /** Parses the draft and checks it; touches nothing but this draft, so drafts may be checked at once. */
      void check(MandateCheck check) {
        if (refused != null) {
          return;
        }
        Path dir = Path.of(file).toAbsolutePath().getParent();
        parsed = ZoneReader.readMandate(file, bytes,
            name -> CheckedTree.read(tree.regularFile(CheckedTree.resolve(dir, name)), YamlTree.MAX_BYTES));
        if (parsed.ok()) {
          findings = check.check(parsed.value().get(), SuppressionComments.read(file, bytes));
        }
      }
    }

    static Drafts read(List<String> inputs, MandateCheck check, List<Path> zoneRoots, Stdin stdin,
        java.util.function.Predicate<Path> selected) throws InputFiles.Unavailable {
      Drafts drafts = new Drafts();
      for (String input : inputs) {
        if (input.equals("-")) {
          if (!drafts.stdinRead) {
            drafts.stdinRead = true;
            drafts.addStdin(stdin, zoneRoots);
          }
          continue;
        }
        Path path;
        try {
          path = Path.of(input);
        } catch (java.nio.file.InvalidPathException e) {
          throw new InputFiles.Unavailable(input + ": not a file name");
        }
        if (Files.isDirectory(path)) {
          CheckedTree tree = tree(path, zoneRoots);
          for (Path file : yamlFilesUnder(path)) {
            if (selected.test(file)) {
              drafts.add(file.toString(), tree, true);
            }
          }
        } else {
          if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new InputFiles.Unavailable(input + ": no such file");
          }
          drafts.add(input, tree(namedFileRoot(path), zoneRoots), false);
        }
      }
      drafts.checkAll(check);
      return drafts;
    }

    /**
     * Checks every draft read, on as many threads as there are processors (up to four) when
     * there are many, and gathers files, findings and problems in the order the drafts were
     * named, as one thread would.
     */
    private void checkAll(MandateCheck check) {
      int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
      if (read.size() < CheckCommand.PARALLEL_FROM || threads < 2) {
        for (Draft draft : read) {
          draft.check(check);
        }
      } else {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads,
            new java.util.concurrent.ThreadFactory() {
              private int made;

              @Override
              public synchronized Thread newThread(Runnable task) {
                Thread thread = new Thread(task, "mdc-check-" + ++made);
                thread.setDaemon(true);
                return thread;
              }
            });
        try {
          // One task per thread, each taking the next draft: no queue of a thousand futures.
          java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
          List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(new Runnable() {
              @Override
              public void run() {
                for (int i = next.getAndIncrement(); i < read.size(); i = next.getAndIncrement()) {
                  read.get(i).check(check);
                }
              }
            }));
          }
          for (java.util.concurrent.Future<?> worker : workers) {
            await(worker);
          }
        } finally {
          pool.shutdownNow();
        }
      }
      for (Draft draft : read) {
        if (draft.refused != null) {
          problems.add(draft.refused);
        } else if (!draft.parsed.ok()) {
          problems.addAll(draft.parsed.problems());
        } else {
          files.add(draft.file);
          findings.addAll(draft.findings);
        }
      }
    }

    /** Waits for {@code worker}; what it threw is thrown here, as if the check had run on this thread. */
    private static void await(java.util.concurrent.Future<?> worker) {
      try {
        worker.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking drafts", e);
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new IllegalStateException(cause);
      }
    }

    /**
     * The folder a draft named as a file may read zones from: the working directory, or the
     * draft's own folder when it lies outside it.
     */
    private static Path namedFileRoot(Path path) {
      Path absolute = path.toAbsolutePath().normalize();
      Path workingDirectory = Path.of("").toAbsolutePath();
      return absolute.startsWith(workingDirectory) ? workingDirectory : absolute.getParent();
    }

    /** Reads and checks the draft on standard input, placed as a file of its name would be. */
    private void addStdin(Stdin stdin, List<Path> zoneRoots) throws InputFiles.Unavailable {
      Path path;
      try {
        path = Path.of(stdin.name());
      } catch (java.nio.file.InvalidPathException e) {
        throw new InputFiles.Unavailable(stdin.name() + ": not a file name (--stdin-filename)");
      }
      CheckedTree tree = tree(namedFileRoot(path), zoneRoots);
      byte[] bytes;
      try {
        bytes = stdin.in().readNBytes(YamlTree.MAX_BYTES + 1);
      } catch (IOException e) {
        throw new InputFiles.Unavailable("standard input: cannot be read (" + e.getMessage() + ")");
      }
      read.add(new Draft(stdin.name(), bytes, tree, null));
    }

    private static CheckedTree tree(Path root, List<Path> zoneRoots) throws InputFiles.Unavailable {
      List<Path> roots = new ArrayList<>(zoneRoots);
      roots.add(0, root);
      try {
        return CheckedTree.of(roots);
      } catch (IOException e) {
        throw new InputFiles.Unavailable(root + ": cannot be read (" + e.getMessage() + ")");
      }
    }

    /**
     * Reads and checks one draft. A draft found in a folder that the tree refuses (a link out of
     * it, a FIFO) is a problem; one named on the command line cannot be read (exit 66).
     */
    private void add(String file, CheckedTree tree, boolean inFolder)
        throws InputFiles.Unavailable {
      byte[] bytes;
      try {
        Path real = tree.regularFile(Path.of(file));
        if (!seen.add(real)) {
          return;
        }
        bytes = CheckedTree.read(real, YamlTree.MAX_BYTES);
      } catch (CheckedTree.Refused e) {
        if (!inFolder) {
          throw new InputFiles.Unavailable(file + ": " + e.getMessage());
        }
        read.add(new Draft(file, null, null, new InputProblem(file, org.mdc.io.Location.START, "", e.getMessage())));
        return;
      }
      if (inFolder && !ZoneReader.looksLikeMandate(file, bytes)) {
        skipped++;
        return;
      }
      read.add(new Draft(file, bytes, tree, null));
    }

    /**
     * The *.yaml and *.yml files under {@code dir}, in order; hidden files and folders (.git,
     * .github) are not searched, and links to folders are not followed.
     */
    private static List<Path> yamlFilesUnder(Path dir) throws InputFiles.Unavailable {
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(dir, new SimpleFileVisitor<Path>() {
          @Override
          public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
            return !folder.equals(dir) && hidden(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = file.getFileName().toString();
            if (!hidden(file) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException | UncheckedIOException e) {
        throw new InputFiles.Unavailable(dir + ": cannot be listed (" + e.getMessage() + ")");
      }
      found.sort(null);
      return found;
    }

    private static boolean hidden(Path path) {
      return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
  }
}
