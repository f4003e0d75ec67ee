package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of many drafts is checked on several threads ({@code Drafts.PARALLEL_FROM}); what it
 * prints must be what checking each draft alone, one after the other, prints: the same findings
 * and problems, in the order of the file names.
 */
class ParallelCheckTest {

  @TempDir Path dir;

  /** The example drafts that need no zone file of their own. */
  private static List<Path> standalone() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("examples/mandates"))) {
      List<Path> drafts = new ArrayList<>();
      for (Path p : files.sorted().collect(Collectors.toList())) {
        if (p.toString().endsWith(".yaml") && Files.readAllLines(p).stream().noneMatch(l -> l.startsWith("zone:"))) {
          drafts.add(p);
        }
      }
      return drafts;
    }
  }

  @Test
  void manyDraftsGiveWhatEachDraftCheckedAloneGivesInTheSameOrder() throws IOException {
    List<Path> sources = standalone();
    int count = CheckCommand.PARALLEL_FROM + 8;
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path draft = dir.resolve(String.format("draft-%03d.yaml", i));
      String text = Files.readString(sources.get(i % sources.size()), StandardCharsets.UTF_8);
      if (i % 9 == 4) {
        text = text.replaceFirst("(?m)^(  troops: ).*$", "$1many"); // a bad draft: a problem, not findings
      }
      Files.writeString(draft, text, StandardCharsets.UTF_8);
      written.add(draft);
    }

    CliRun together = CliRun.of("check", dir.toString(), "--format", "github", "--quiet");

    List<String> annotations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path draft : written) {
      CliRun alone = CliRun.of("check", draft.toString(), "--format", "github", "--quiet");
      annotations.addAll(annotations(alone.out()));
      problems.addAll(problemLines(alone.err()));
    }
    assertThat(annotations(together.out())).hasSizeGreaterThan(count / 2).isEqualTo(annotations);
    assertThat(problemLines(together.err())).hasSizeGreaterThan(3).isEqualTo(problems);
    assertThat(together.code()).isEqualTo(65);
  }

  /** The workflow commands, one per finding; the summary line is left out. */
  private static List<String> annotations(String out) {
    return out.lines().filter(l -> l.startsWith("::")).collect(Collectors.toList());
  }

  private List<String> problemLines(String err) {
    return err.lines().filter(l -> l.startsWith(dir.toString())).collect(Collectors.toList());
  }
}
