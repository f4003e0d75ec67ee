package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The casebook, {@code examples/cases/}: historical crises from the sources, each with the answer
 * its reader wrote from the seeds before mdc was run on it, as {@code # expect:} lines. Where mdc
 * and the reader disagreed, the file says which side the sources support and why.
 *
 * <pre>
 * # expect: primary over-the-horizon|preventive-deployment|political-mission|none
 * # expect: verdict CONFIGURATION recommended|conditional|not-credible|unsuitable
 * # expect: gap RULE error|warning|info       (the gap report has it, at that severity)
 * # expect: no-gap RULE error|warning|info    (it has no gap of that rule at that severity)
 * # expect: organization KIND [NAME]          (organization-choice: the kind, and the one named)
 * </pre>
 */
class CaseBookTest {

  private static final Path CASES = Path.of("examples/cases");
  private static final Pattern EXPECT = Pattern.compile(
      "^# expect: (?:(primary) (\\S+)|(verdict) (\\S+) (\\S+)|(gap|no-gap) (\\S+) (error|warning|info)"
          + "|(organization) (\\S+)(?: (.+?))?)\\s*$");
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void theCasebookHasAtLeastTwelveCasesAndEveryPrimary() throws IOException {
    List<String> primaries = new ArrayList<>();
    for (Path file : cases()) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Matcher m = EXPECT.matcher(line);
        if (m.matches() && m.group(1) != null) {
          primaries.add(m.group(2));
        }
      }
    }
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(primaries).hasSize(cases().size())
        .contains("none", "political-mission", "preventive-deployment", "over-the-horizon");
  }

  @TestFactory
  Stream<DynamicTest> everyCaseGivesTheAnswerItsSourcesSupport() throws IOException {
    return cases().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      CliRun run = CliRun.of("assess", file.toString(), "--format", "json");
      assertThat(run.code()).as(run.err()).isZero();
      JsonNode report = JSON.readTree(run.out());
      List<String> failures = new ArrayList<>();
      int expectations = 0;
      for (String line : lines) {
        if (!line.startsWith("# expect:")) {
          continue;
        }
        Matcher m = EXPECT.matcher(line);
        assertThat(m.matches()).as("%s: malformed line: %s", file, line).isTrue();
        expectations++;
        if (m.group(1) != null) {
          String primary = report.at("/recommendation/primary").asText();
          if (!primary.equals(m.group(2))) {
            failures.add("primary is " + primary + " (row " + report.at("/recommendation/row").asText()
                + "), expected " + m.group(2));
          }
        } else if (m.group(9) != null) {
          String kind = report.at("/recommendation/organization/kind").asText();
          String name = report.at("/recommendation/organization/name").asText("");
          if (!kind.equals(m.group(10)) || m.group(11) != null && !name.equals(m.group(11))) {
            failures.add("organization is " + kind + (name.isEmpty() ? "" : " " + name) + ", expected " + m.group(10)
                + (m.group(11) == null ? "" : " " + m.group(11)));
          }
        } else if (m.group(3) != null) {
          String verdict = verdictOf(report, m.group(4));
          if (!m.group(5).equals(verdict)) {
            failures.add("verdict of " + m.group(4) + " is " + verdict + ", expected " + m.group(5));
          }
        } else {
          boolean present = hasGap(report, m.group(7), m.group(8));
          if (m.group(6).equals("gap") != present) {
            failures.add(m.group(6) + " " + m.group(7) + " " + m.group(8) + ": the gaps are "
                + gaps(report, m.group(7)));
          }
        }
      }
      assertThat(expectations).as("%s has no expect: lines", file).isPositive();
      assertThat(failures).as("%s", file).isEmpty();
    }));
  }

  private static String verdictOf(JsonNode report, String configuration) {
    for (JsonNode v : report.get("configurations")) {
      if (v.get("type").asText().equals(configuration)) {
        return v.get("verdict").asText();
      }
    }
    return "(no such configuration)";
  }

  private static boolean hasGap(JsonNode report, String rule, String severity) {
    for (JsonNode g : report.get("gaps")) {
      if (g.get("rule").asText().equals(rule) && g.get("severity").asText().equals(severity)) {
        return true;
      }
    }
    return false;
  }

  private static String gaps(JsonNode report, String rule) {
    List<String> found = new ArrayList<>();
    for (JsonNode g : report.get("gaps")) {
      if (g.get("rule").asText().equals(rule)) {
        found.add(rule + " " + g.get("severity").asText());
      }
    }
    return found.isEmpty() ? "none of " + rule : String.join(", ", found);
  }
}
