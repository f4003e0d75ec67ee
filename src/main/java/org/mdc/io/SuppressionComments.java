package org.mdc.io;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Finds the suppression comments of a mandate draft ({@code # mdc: ignore[RULE-ID] reason}) in
 * its own text, with their lines. Comments are not in the YAML tree, so they are read from
 * SnakeYAML's events with comments turned on: a {@code #} inside a quoted value, a block scalar
 * or a plain value ({@code a#b}) is text, not a comment, exactly as for the parser that read the
 * values. Only the draft's own text is read; a zone file it names is never searched.
 */
public final class SuppressionComments {

  /** A comment that means to be a suppression: it starts with {@code mdc: ignore}. */
  private static final Pattern DIRECTIVE = Pattern.compile("^\\s*mdc\\s*:\\s*ignore(?![\\w-])(.*)$", Pattern.DOTALL);
  /** The rest of a suppression: the rule ids in brackets, then the reason. */
  private static final Pattern IDS = Pattern.compile("^\\s*\\[([^\\[\\]]*)\\](.*)$", Pattern.DOTALL);

  /** The form of a suppression, for messages. */
  public static final String FORM = "# mdc: ignore[RULE-ID] reason";

  private SuppressionComments() {}

  /**
   * The suppression comments of the draft {@code bytes}, read from {@code file}, in order; empty
   * when it has none, or when its text is not YAML (the draft's parse reports that).
   */
  public static List<SuppressionComment> read(String file, byte[] bytes) {
    String text;
    try {
      text = Utf8.decode(bytes, 0, Math.min(bytes.length, YamlTree.MAX_BYTES));
    } catch (CharacterCodingException e) {
      return List.of();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // as YamlTree reads it, so that columns agree
    }
    if (text.indexOf('#') < 0) {
      return List.of(); // no comment without a '#'
    }
    List<CommentEvent> comments = new ArrayList<>();
    try {
      LoaderOptions options = new LoaderOptions();
      options.setProcessComments(true);
      Parser events = new ParserImpl(new StreamReader(text), options);
      for (Event event = events.getEvent(); event != null && !event.is(Event.ID.StreamEnd);
          event = events.getEvent()) {
        if (event instanceof CommentEvent && ((CommentEvent) event).getCommentType() != CommentType.BLANK_LINE) {
          comments.add((CommentEvent) event);
        }
      }
    } catch (RuntimeException e) {
      return List.of(); // not YAML: the draft's parse says why
    }
    String[] lines = lines(text);
    Set<Integer> commentLines = new HashSet<>(); // lines that hold a comment and nothing else, 1-based
    for (CommentEvent c : comments) {
      if (c.getCommentType() == CommentType.BLOCK) {
        commentLines.add(c.getStartMark().getLine() + 1);
      }
    }
    int firstContent = nextContentLine(lines, commentLines, 0);
    List<SuppressionComment> found = new ArrayList<>();
    for (CommentEvent c : comments) {
      Matcher directive = DIRECTIVE.matcher(c.getValue());
      if (!directive.matches()) {
        continue;
      }
      int line = c.getStartMark().getLine() + 1;
      Place place = new Place(file, new Location(line, c.getStartMark().getColumn() + 1));
      int first = line;
      int last = line;
      if (c.getCommentType() == CommentType.BLOCK) {
        int next = nextContentLine(lines, commentLines, line);
        last = next > 0 ? next : line;
        if (line < firstContent || firstContent < 0) {
          first = 1; // in the comments that open the file: findings about the file as a whole are on line 1
        }
      }
      Matcher ids = IDS.matcher(directive.group(1));
      if (!ids.matches()) {
        found.add(new SuppressionComment(place, List.of(), "", first, last,
            "expected the rule ids in brackets: " + FORM));
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String id : ids.group(1).split(",", -1)) {
        names.add(id.strip());
      }
      if (names.stream().anyMatch(String::isEmpty)) {
        found.add(new SuppressionComment(place, List.of(), "", first, last,
            "a rule id is missing between the brackets: " + FORM + " (several ids are separated by commas)"));
        continue;
      }
      found.add(new SuppressionComment(place, names, ids.group(2).strip(), first, last, ""));
    }
    return found;
  }

  /**
   * The lines of {@code text}, split where SnakeYAML (YAML 1.1) breaks lines, so that their
   * numbers are those of the parser's places: CRLF, CR, LF, and NEL, LS and PS.
   */
  public static String[] lines(String text) {
    return text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1);
  }

  /**
   * The first line after {@code line} (1-based; 0 for the start) that holds YAML content, passing
   * over lines that hold only a comment; -1 when a blank line or the end comes first.
   */
  private static int nextContentLine(String[] lines, Set<Integer> commentLines, int line) {
    for (int n = line + 1; n <= lines.length; n++) {
      if (commentLines.contains(n)) {
        continue;
      }
      if (lines[n - 1].isBlank()) {
        return line == 0 ? nextNonBlank(lines, commentLines, n) : -1;
      }
      return n;
    }
    return -1;
  }

  /** From the start of the file, blank lines do not end the search for the first content line. */
  private static int nextNonBlank(String[] lines, Set<Integer> commentLines, int from) {
    for (int n = from; n <= lines.length; n++) {
      if (!commentLines.contains(n) && !lines[n - 1].isBlank()) {
        return n;
      }
    }
    return -1;
  }
}
