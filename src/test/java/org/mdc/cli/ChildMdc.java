package org.mdc.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code mdc} in a child JVM, for what only a real process shows: its exit code through
 * {@code System.exit}, real file descriptors (a full device, a closed pipe), resource limits,
 * signals and memory.
 */
final class ChildMdc {

  private ChildMdc() {}

  /** The command line that runs mdc with {@code jvmOptions} and {@code args}. */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** The same, run by bash after {@code shellPrefix} (say {@code ulimit -f 1;}), as {@code "$@"}. */
  static List<String> inShell(String shellPrefix, String redirections, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>(List.of("bash", "-c", shellPrefix + " exec \"$@\" " + redirections, "mdc"));
    command.addAll(command(jvmOptions, args));
    return command;
  }

  /** What a finished child gave. */
  record Result(int code, String out, String err) {}

  /** Runs {@code command} with standard output to {@code stdout} (a file), and waits for it. */
  static Result run(List<String> command, File stdout) throws IOException, InterruptedException {
    File err = File.createTempFile("mdc-child", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(stdout).redirectError(err).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("mdc did not finish in 2 minutes: " + command);
      }
      return new Result(process.exitValue(), "", java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      err.delete();
    }
  }
}
