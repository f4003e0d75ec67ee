package org.mdc.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point: {@link #run} is testable; {@link #main} only exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, System.in, System.out, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs {@code mdc} with {@code args}, writing text to {@code out} and {@code err} and large
   * streamed outputs to {@code rawOut}, the byte stream beneath {@code out}; returns the exit code.
   */
  public static int run(PrintWriter out, PrintWriter err, InputStream stdin, OutputStream rawOut, String... args) {
    CommandLine commandLine = commandLine(stdin, rawOut);
    commandLine.setOut(out);
    commandLine.setErr(err);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command tree, with exit codes and error handling set up; public for the man page generator. */
  public static CommandLine commandLine(InputStream stdin, OutputStream rawOut) {
    CommandLine commandLine = new CommandLine(new MdcCommand(stdin, rawOut));
    commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
        ? ExitCode.USAGE.code()
        : ExitCode.INTERNAL_ERROR.code());
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof CommandFailure) {
        return ((CommandFailure) e).code().code();
      }
      cmd.getErr().println("mdc: internal error: " + e + " (please report this, with the input that caused it)");
      if (System.getenv("MDC_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      }
      return ExitCode.INTERNAL_ERROR.code();
    });
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    ExitCodes.document(commandLine);
    return commandLine;
  }
}
