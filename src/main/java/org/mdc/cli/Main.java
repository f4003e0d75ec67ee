package org.mdc.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/** The entry point: {@link #run} is testable; {@link #main} only exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code;
    try {
      code = run(new FileOutputStream(FileDescriptor.out), err, System.in, args);
    } catch (OutOfMemoryError e) {
      code = ExitCodes.exitCode(outOfMemory(err), ExitCodes.StandardOutput.WRITTEN).code();
    }
    err.flush();
    System.exit(code);
  }

  /**
   * Runs {@code mdc} with {@code args}, writing to {@code stdout} and {@code err}; returns the
   * exit code. A write to {@code stdout} that fails is reported and ends in {@link
   * ExitCode#IO_ERROR}, or quietly in {@link ExitCode#CLOSED_PIPE} when its reader went away.
   */
  public static int run(OutputStream stdout, PrintWriter err, InputStream stdin, String... args) {
    return run(stdout, err, stdin, Terminal.Device.SYSTEM, args);
  }

  /** As {@link #run(OutputStream, PrintWriter, InputStream, String...)}, on the terminal {@code device}. */
  static int run(OutputStream stdout, PrintWriter err, InputStream stdin, Terminal.Device device, String... args) {
    CheckedOutput checked = new CheckedOutput(stdout, "standard output");
    PrintWriter out = new PrintWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8), true);
    Outcome outcome;
    try {
      outcome = execute(out, err, stdin, checked, device, args);
    } catch (OutOfMemoryError e) {
      outcome = outOfMemory(err);
    }
    out.flush();
    Optional<CheckedOutput.Failure> failure = checked.failure();
    ExitCodes.StandardOutput state = failure.isEmpty() ? ExitCodes.StandardOutput.WRITTEN
        : failure.get().closedPipe() ? ExitCodes.StandardOutput.CLOSED : ExitCodes.StandardOutput.FAILED;
    ExitCode code = ExitCodes.exitCode(outcome, state);
    if (code == ExitCode.IO_ERROR && outcome != Outcome.CANNOT_WRITE) { // standard output's failure: not told yet
      err.println(failure.get().describe());
    }
    err.flush();
    return code.code();
  }

  private static Outcome execute(PrintWriter out, PrintWriter err, InputStream stdin, OutputStream rawOut,
      Terminal.Device device, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // The version needs no command model: answering before picocli builds one halves the start.
      for (String line : new VersionProvider().getVersion()) {
        out.println(line);
      }
      out.flush();
      return Outcome.DONE;
    }
    CommandLine commandLine = commandLine(stdin, rawOut, device, needed(args));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.execute(args);
    out.flush();
    err.flush();
    // Help and version end in no outcome: they are done.
    return ((MdcCommand) commandLine.getCommand()).outcome().orElse(Outcome.DONE);
  }

  /** Out of memory: one line that says what to do. */
  static Outcome outOfMemory(PrintWriter err) {
    err.println("mdc: out of memory: give the Java heap more room through MDC_JAVA_OPTS, for example"
        + " MDC_JAVA_OPTS=-Xmx4g");
    err.flush();
    return Outcome.OUT_OF_MEMORY;
  }

  /** The subcommands, in the order help lists them. */
  private static final Set<String> SUBCOMMANDS = new LinkedHashSet<>(
      List.of("assess", "compare", "check", "rules", "schema", "init", "completion"));

  /** A new subcommand {@code name}, one of {@link #SUBCOMMANDS}. */
  private static MdcSubcommand subcommand(String name) {
    switch (name) {
      case "assess":
        return new AssessCommand();
      case "compare":
        return new CompareCommand();
      case "check":
        return new CheckCommand();
      case "rules":
        return new RulesCommand();
      case "schema":
        return new SchemaCommand();
      case "init":
        return new InitCommand();
      case "completion":
        return new CompletionCommand();
      default:
        throw new IllegalArgumentException("no subcommand " + name);
    }
  }

  /**
   * The subcommands a run needs: only the one named, since building each command's model from
   * its annotations costs start-up time; all of them for help, typos and completion scripts.
   */
  static Set<String> needed(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--color")) {
        i++; // its value
      } else if (!arg.startsWith("-")) {
        return SUBCOMMANDS.contains(arg) && !arg.equals("completion") ? Set.of(arg) : SUBCOMMANDS;
      }
    }
    boolean versionOnly = args.length > 0;
    for (String a : args) {
      versionOnly &= a.equals("-V") || a.equals("--version") || a.startsWith("--color");
    }
    return versionOnly ? Set.of() : SUBCOMMANDS;
  }

  /** The whole command tree, with exit codes and error handling set up; public for the man page generator. */
  public static CommandLine commandLine(InputStream stdin, OutputStream rawOut) {
    return commandLine(stdin, rawOut, Terminal.Device.SYSTEM, SUBCOMMANDS);
  }

  /**
   * picocli's system property of built-in converters to leave out. No option of mdc takes a
   * date, an SQL type or a path (paths stay strings, checked by mdc itself), and registering
   * those converters loads and initializes a score of java.time and java.sql classes by
   * reflection: a few milliseconds of every run.
   */
  private static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

  /**
   * The converters left out, as one regular expression of their class names in full. Only
   * literal words: a wildcard or a one-letter branch compiles to a predicate that is a lambda,
   * and picocli compiles this expression once per converter; the first lambda a JVM links costs
   * several milliseconds, which a compare, which links no other, would pay for this alone.
   */
  static final String EXCLUDED_CONVERTERS = "java\\.(sql\\.(Time|Timestamp|Connection|Driver)"
      + "|time\\.(Duration|Instant|LocalDate|LocalDateTime|LocalTime|MonthDay|OffsetDateTime|OffsetTime|Period|Year"
      + "|YearMonth|ZonedDateTime|ZoneId|ZoneOffset)|nio\\.file\\.Path)";

  /**
   * picocli's system property that stops its default factory looking for Groovy closures. The
   * look-up asks the class path for groovy.lang.Closure, which mdc does not ship: the miss opens
   * and indexes the jar, about 4 ms of every check and every --help, for nothing.
   */
  private static final String CLOSURES_DISABLED = "picocli.disable.closures";

  /** The command tree with the subcommands {@code names}, set up as {@link #commandLine(InputStream, OutputStream)}. */
  static CommandLine commandLine(InputStream stdin, OutputStream rawOut, Terminal.Device device, Set<String> names) {
    if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
      System.setProperty(CONVERTERS_EXCLUDED, EXCLUDED_CONVERTERS);
    }
    if (System.getProperty(CLOSURES_DISABLED) == null) {
      System.setProperty(CLOSURES_DISABLED, "true");
    }
    MdcCommand root = new MdcCommand(stdin, rawOut, device);
    CommandLine commandLine = new CommandLine(root.model(), Models.FACTORY);
    for (String name : SUBCOMMANDS) {
      if (names.contains(name)) {
        commandLine.addSubcommand(name, subcommand(name).model());
      }
    }
    commandLine.setParameterExceptionHandler(new UsageErrors(commandLine.getParameterExceptionHandler(), root));
    commandLine.setExecutionExceptionHandler(new InternalErrors(root));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    ExitCodes.document(commandLine);
    return commandLine;
  }

  private static int ended(MdcCommand root, Outcome outcome) {
    root.ended(outcome);
    return ExitCodes.exitCode(outcome, ExitCodes.StandardOutput.WRITTEN).code();
  }

  // The two handlers record the outcome, and answer picocli with the code it stands for. They are
  // classes, not lambdas: picocli's handler interfaces are Java 5 class files, which the
  // class-data archive cannot keep, so a lambda for them would be spun afresh by every run.

  /** A bad command line: picocli's message and usage help, then BAD_USAGE. */
  private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final CommandLine.IParameterExceptionHandler shown;
    private final MdcCommand root;

    UsageErrors(CommandLine.IParameterExceptionHandler shown, MdcCommand root) {
      this.shown = shown;
      this.root = root;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) throws Exception {
      shown.handleParseException(e, args);
      return ended(root, Outcome.BAD_USAGE);
    }
  }

  /** An exception no command caught: out of memory, or an internal error to report. */
  private static final class InternalErrors implements CommandLine.IExecutionExceptionHandler {
    private final MdcCommand root;

    InternalErrors(MdcCommand root) {
      this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof OutOfMemoryError) { // on a worker thread, handed over wrapped
          return ended(root, outOfMemory(cmd.getErr()));
        }
      }
      cmd.getErr().println("mdc: internal error: " + e + " (please report this, with the input that caused it)");
      if (System.getenv("MDC_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      }
      return ended(root, Outcome.INTERNAL);
    }
  }
}
