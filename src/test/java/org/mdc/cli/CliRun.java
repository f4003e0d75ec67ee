package org.mdc.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One run of {@code mdc} with captured output, for tests. */
record CliRun(int code, String out, String err) {

  static CliRun of(String... args) {
    return withStdin("", args);
  }

  static CliRun withStdin(String stdin, String... args) {
    return withStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static CliRun withStdin(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CliRun run = withStdout(out, stdin, args);
    return new CliRun(run.code(), out.toString(StandardCharsets.UTF_8), run.err());
  }

  /** A run whose standard output is {@code stdout}; the result's {@code out} is empty. */
  static CliRun withStdout(OutputStream stdout, InputStream stdin, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(stdout, new PrintWriter(err), stdin, args);
    return new CliRun(code, "", err.toString());
  }
}
