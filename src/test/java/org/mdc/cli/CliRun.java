package org.mdc.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
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
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    int code = Main.run(outWriter, new PrintWriter(err), stdin, out, args);
    outWriter.flush();
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }
}
