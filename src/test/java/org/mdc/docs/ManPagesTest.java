package org.mdc.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mdc.cli.ExitCode;

/**
 * The committed man pages (man/) must be what the build generates from the command model
 * (target/man, made before the tests by ManPageSource and Asciidoctor). After changing a command,
 * run {@code mvn process-test-classes && cp target/man/*.1 man/} and commit the pages.
 */
class ManPagesTest {

  private static final Path COMMITTED = Path.of("man");
  private static final Path GENERATED = Path.of("target/man");

  private static List<String> pages(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".1")).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void committedPagesAreWhatTheBuildGenerates() throws IOException {
    assertThat(GENERATED).as("target/man: run the build through process-test-classes").isDirectory();
    assertThat(pages(COMMITTED)).as("pages in man/").isEqualTo(pages(GENERATED));
    for (String page : pages(GENERATED)) {
      assertThat(Files.readString(COMMITTED.resolve(page)))
          .as("man/%s is stale: run mvn process-test-classes && cp target/man/*.1 man/", page)
          .isEqualTo(Files.readString(GENERATED.resolve(page)));
    }
  }

  @Test
  void theMainPageHasEverySubcommandExitCodeAndSection() throws IOException {
    String page = Files.readString(COMMITTED.resolve("mdc.1"));
    for (String command : List.of("assess", "compare", "check", "rules", "schema", "init", "completion")) {
      assertThat(page).contains("mdc\\-" + command);
    }
    for (ExitCode code : ExitCode.values()) {
      assertThat(page).contains("\\fB" + code.code() + "\\fP");
    }
    for (String section : List.of("EXIT CODES", "EXAMPLES", "FILES", "ENVIRONMENT", "SOURCES OF THE RULES")) {
      assertThat(page).contains(".SH \"" + section + "\"");
    }
    assertThat(page).contains("force\\-density").contains("O\\(cqHanlon");
  }
}
