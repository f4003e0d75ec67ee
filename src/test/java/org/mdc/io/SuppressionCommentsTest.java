package org.mdc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Suppression comments are found in a draft's own text, with the lines they cover; a '#' in a value is not one. */
class SuppressionCommentsTest {

  private static List<SuppressionComment> read(String yaml) {
    return SuppressionComments.read("d.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  /** Each comment as "line: ids | reason | first-last | malformed". */
  private static List<String> described(String yaml) {
    List<String> out = new ArrayList<>();
    for (SuppressionComment c : read(yaml)) {
      out.add(c.line() + ":" + c.place().column() + " " + c.ids() + " | " + c.reason() + " | " + c.firstLine() + "-"
          + c.lastLine() + (c.malformed().isEmpty() ? "" : " | " + c.malformed()));
    }
    return out;
  }

  @Test
  void aCommentAtTheEndOfALineCoversThatLineAndOneOnItsOwnLineTheNextContentLine() {
    String yaml = "name: x\n"
        + "mission:\n"
        + "  # mdc: ignore[force-required, helicopter-ratio] capped by the council\n"
        + "  # an ordinary comment between them\n"
        + "  troops: 3000   # mdc: ignore[enablers] lift comes later\n"
        + "  # mdc: ignore[surveillance] nothing below but a blank line\n"
        + "\n"
        + "  helicopters: 2\n";
    assertThat(described(yaml)).containsExactly(
        "3:3 [force-required, helicopter-ratio] | capped by the council | 3-5",
        "5:18 [enablers] | lift comes later | 5-5",
        "6:3 [surveillance] | nothing below but a blank line | 6-6");
  }

  @Test
  void commentsThatOpenTheFileAlsoCoverLineOneWhereFindingsAboutTheWholeFileAre() {
    String yaml = "# yaml-language-server: $schema=mandate.schema.json\n"
        + "# mdc: ignore[surveillance] monitoring is the partner's task\n"
        + "\n"
        + "name: x\n";
    assertThat(described(yaml)).containsExactly("2:1 [surveillance] | monitoring is the partner's task | 1-2");
  }

  @Test
  void malformedSuppressionsAreKeptWithWhatIsWrongAndOtherCommentsAreNotSuppressions() {
    String yaml = "a: 1 # mdc: ignore force-required no brackets\n"
        + "b: 2 # mdc: ignore[] empty\n"
        + "c: 3 # mdc: ignore[x,,y] a gap\n"
        + "d: 4 # mdc:ignore[x]\n"
        + "e: 5 # mdc: the planners' notes, not a suppression\n"
        + "f: 6 # see mdc: ignore[x] r (not at the start of the comment)\n"
        + "g: 7 # mdc: ignored[x] r\n";
    assertThat(described(yaml)).containsExactly(
        "1:6 [] |  | 1-1 | expected the rule ids in brackets: # mdc: ignore[RULE-ID] reason",
        "2:6 [] |  | 2-2 | a rule id is missing between the brackets: # mdc: ignore[RULE-ID] reason (several ids are"
            + " separated by commas)",
        "3:6 [] |  | 3-3 | a rule id is missing between the brackets: # mdc: ignore[RULE-ID] reason (several ids are"
            + " separated by commas)",
        "4:6 [x] |  | 4-4");
  }

  @Test
  void aHashInsideAValueIsNoComment() {
    String yaml = "name: \"Eastern # mdc: ignore[a] quoted\"\n"
        + "region: 'it''s # mdc: ignore[b] single'\n"
        + "plain: a#mdc\n"
        + "notes: |\n"
        + "  # mdc: ignore[c] in a block scalar\n"
        + "  text\n"
        + "folded: >-\n"
        + "  # mdc: ignore[d] folded\n"
        + "list: [\"x # mdc: ignore[e] in flow\", y]   # mdc: ignore[real] after the flow list\n"
        + "multi: \"first\n"
        + "  # mdc: ignore[f] a continuation line of a quoted value\n"
        + "  last\"\n";
    assertThat(YamlTree.parse("d.yaml", yaml.getBytes(StandardCharsets.UTF_8)).ok()).isTrue();
    assertThat(described(yaml)).containsExactly("9:43 [real] | after the flow list | 9-9");
  }

  @Test
  void aByteOrderMarkCrlfAndBrokenYamlAreHandled() {
    assertThat(described("\uFEFFa: 1 # mdc: ignore[x] r\r\n")).containsExactly("1:6 [x] | r | 1-1");
    assertThat(read("a: [unclosed # mdc: ignore[x] r\n")).isEmpty(); // not YAML: the draft's parse says so
    assertThat(read("a: 1\n")).isEmpty();
  }

  private static final String[] VALUES = {
    "\"q # mdc: ignore[fake] in double quotes\"", "'s # mdc: ignore[fake] in ''single'' quotes'", "a#mdc:ignore[fake]",
    "[\"f # mdc: ignore[fake] x\", 'g # h']", "{k: \"v # mdc: ignore[fake] y\"}", "12000", "plain text", "\"\"",
    "\"esc \\\" # mdc: ignore[fake] after an escaped quote\""
  };

  /**
   * Property: in random drafts that mix real suppression comments with '#' inside quoted, plain,
   * flow and block values, exactly the real comments are found, on their lines, with their ids
   * and reasons.
   */
  @Test
  void exactlyTheRealCommentsAreFoundAmongHashesInValues() {
    Random random = new Random(17_2026);
    for (int run = 0; run < 1_500; run++) {
      StringBuilder yaml = new StringBuilder();
      List<String> expected = new ArrayList<>();
      int line = 0;
      int keys = 1 + random.nextInt(8);
      for (int k = 0; k < keys; k++) {
        if (random.nextInt(4) == 0) {
          line++;
          yaml.append(random.nextBoolean() ? "" : "  ".substring(0, random.nextInt(2))).append("# mdc: ignore[r")
              .append(k).append("] own line ").append(k).append('\n');
          expected.add(line + " [r" + k + "] own line " + k);
        }
        line++;
        if (random.nextInt(5) == 0) {
          yaml.append("k").append(k).append(": |\n  # mdc: ignore[fake] block\n  more # text\n");
          line += 2;
          continue;
        }
        yaml.append("k").append(k).append(": ").append(VALUES[random.nextInt(VALUES.length)]);
        if (random.nextBoolean()) {
          yaml.append(" ".repeat(1 + random.nextInt(3))).append("#mdc: ignore[t").append(k).append(", u")
              .append(k).append("]  trailing ").append(k);
          expected.add(line + " [t" + k + ", u" + k + "] trailing " + k);
        }
        yaml.append(random.nextBoolean() ? "\n" : "\r\n");
      }
      String text = yaml.toString();
      assertThat(YamlTree.parse("d.yaml", text.getBytes(StandardCharsets.UTF_8)).ok()).as(text).isTrue();
      List<String> found = new ArrayList<>();
      read(text).forEach(c -> found.add(c.line() + " " + c.ids() + " " + c.reason()));
      assertThat(found).as(text).isEqualTo(expected);
    }
  }
}
