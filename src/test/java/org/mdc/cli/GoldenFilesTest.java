package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example's text and JSON report, held against a golden file in
 * {@code src/test/resources/golden/}. After an intended change, regenerate them with
 * {@code mvn test -Dtest=GoldenFilesTest -Dmdc.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {

  private static final Path EXAMPLES = Path.of("examples");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/assess");
  private static final boolean UPDATE = Boolean.getBoolean("mdc.updateGolden");

  private static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleMatchesItsGoldenReports() throws IOException {
    return examples().stream().flatMap(example -> Stream.of("text", "json").map(format -> {
      String name = example.getFileName().toString().replace(".yaml", "") + (format.equals("text") ? ".txt" : ".json");
      return DynamicTest.dynamicTest(name, () -> {
        CliRun run = CliRun.of("assess", example.toString().replace('\\', '/'), "--format", format);
        assertThat(run.code()).as(run.err()).isZero();
        Path golden = GOLDEN.resolve(name);
        String actual = normalize(run.out());
        if (UPDATE) {
          Files.createDirectories(GOLDEN);
          Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file for %s (create it with -Dmdc.updateGolden=true)", example).exists();
        assertThat(actual).isEqualTo(normalize(Files.readString(golden, StandardCharsets.UTF_8)));
      });
    }));
  }

  @Test
  void everyGoldenFileHasItsExample() throws IOException {
    List<String> names = examples().stream()
        .map(p -> p.getFileName().toString().replace(".yaml", "")).collect(Collectors.toList());
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.forEach(g -> assertThat(names).as("example for golden file %s", g)
          .contains(g.getFileName().toString().replaceAll("\\.(txt|json)$", "")));
    }
  }

  private static String normalize(String s) {
    return s.replace("\r\n", "\n");
  }
}
