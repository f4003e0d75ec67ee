package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The README shows real output from real runs: every {@code console} block that starts with
 * {@code $ ./mdc ...} is run, and its standard output then standard error must be the block's
 * lines, with the exit code the block states ({@code (exit code N)}, else 0).
 */
class ReadmeConsoleTest {

  @TestFactory
  Stream<DynamicTest> everyConsoleBlockIsWhatMdcPrints() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals("```console") || !lines.get(i + 1).startsWith("$ ./mdc ")) {
        continue;
      }
      String command = lines.get(i + 1).substring("$ ./mdc ".length());
      List<String> expected = new ArrayList<>();
      int code = 0;
      int j = i + 2;
      for (; !lines.get(j).equals("```"); j++) {
        if (lines.get(j).matches("\\(exit code \\d+\\)")) {
          code = Integer.parseInt(lines.get(j).replaceAll("\\D", ""));
        } else {
          expected.add(lines.get(j));
        }
      }
      int line = i + 2;
      int exit = code;
      tests.add(DynamicTest.dynamicTest("README.md:" + line + ": mdc " + command, () -> {
        CliRun run = CliRun.of(command.split(" "));
        List<String> actual = new ArrayList<>(run.out().lines().toList());
        actual.addAll(run.err().lines().toList());
        assertThat(run.code()).as("exit code of mdc %s", command).isEqualTo(exit);
        assertThat(actual).as("README.md:%d, output of mdc %s (paste the real output)", line, command)
            .containsExactlyElementsOf(expected);
      }));
      i = j;
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }
}
