package org.mdc.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document into a {@link YamlNode} tree that remembers where each value is.
 *
 * <p>Input is untrusted, so the limits are deliberate: at most {@value #MAX_BYTES} bytes, a
 * nesting depth of {@value #MAX_DEPTH}, scalars of at most {@value #MAX_SCALAR} characters, one
 * document, no aliases (Jackson drives SnakeYAML's low-level parser, where SnakeYAML's own alias
 * limits do not apply), no duplicate keys and no tags. The text must be UTF-8; a byte-order
 * mark is skipped.
 */
public final class YamlTree {

  /** Largest file read, in bytes: zone and mandate files are a few hundred bytes. */
  public static final int MAX_BYTES = 1 << 20;
  /** Deepest nesting of mappings and lists. */
  public static final int MAX_DEPTH = 32;
  /** Longest scalar, in characters. */
  public static final int MAX_SCALAR = 10_000;

  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_SCALAR)
                  .maxNumberLength(40)
                  .maxDocumentLength(MAX_BYTES)
                  .build())
          .build();

  private final String file;

  private YamlTree(String file) {
    this.file = file;
  }

  /** Parses {@code bytes}, read from {@code file}, into a tree, or the reason it cannot be. */
  public static Parsed<YamlNode> parse(String file, byte[] bytes) {
    return new YamlTree(file).parse(bytes);
  }

  private Parsed<YamlNode> parse(byte[] bytes) {
    if (bytes.length > MAX_BYTES) { // only the limit plus one byte was read: the true size is unknown
      return fail(Location.START, "the file is larger than 1 MiB (1,048,576 bytes), the most mdc reads");
    }
    String text;
    try {
      text = Utf8.decode(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      return fail(Location.START, "the file is not UTF-8 text (" + firstBadByte(bytes) + ")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return fail(Location.START, "the file is empty: expected a mapping of fields");
    }
    Invalid tag = firstTag(text);
    if (tag != null) {
      return fail(tag.location, tag.getMessage());
    }
    try (YAMLParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return fail(Location.START, "the file holds no YAML value: expected a mapping of fields");
      }
      YamlNode root = read(parser, 0);
      if (parser.nextToken() != null) {
        return fail(location(parser.currentTokenLocation()),
            "the file holds more than one YAML document; put one zone in each file");
      }
      return Parsed.of(root);
    } catch (Invalid e) {
      return fail(e.location, e.getMessage());
    } catch (JsonProcessingException e) {
      return fail(location(e.getLocation()), "not valid YAML: " + cleanMessage(e));
    } catch (IOException e) {
      return fail(Location.START, "cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      // SnakeYAML reports some syntax errors (tabs, bad indentation) as unchecked exceptions.
      return fail(Location.START, "not valid YAML: " + firstLine(String.valueOf(e.getMessage())));
    }
  }

  private YamlNode read(YAMLParser parser, int depth) throws IOException {
    Location at = location(parser.currentTokenLocation());
    if (parser.isCurrentAlias()) {
      throw new Invalid(at, "YAML aliases (*" + parser.getText() + ") are not allowed; write the value out");
    }
    JsonToken token = parser.currentToken();
    if (depth > MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
      throw new Invalid(at, "nested more than " + MAX_DEPTH + " levels deep");
    }
    if (token.isScalarValue() && parser.getText().length() > MAX_SCALAR) {
      throw new Invalid(at, "a value of " + parser.getText().length() + " characters; at most " + MAX_SCALAR
          + " are read");
    }
    switch (token) {
      case START_OBJECT:
        return readMapping(parser, at, depth);
      case START_ARRAY:
        return readSequence(parser, at, depth);
      case VALUE_STRING:
        return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.STRING);
      case VALUE_NUMBER_INT:
        return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.INTEGER);
      case VALUE_NUMBER_FLOAT:
        return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.DECIMAL);
      case VALUE_TRUE:
        return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.TRUE);
      case VALUE_FALSE:
        return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.FALSE);
      case VALUE_NULL:
        return new YamlNode.Scalar(at, "", YamlNode.Scalar.Kind.NULL);
      default:
        throw new Invalid(at, "a YAML value of a kind mdc does not read: write text, a number, a list or a mapping");
    }
  }

  /**
   * The first YAML tag in {@code text} ({@code !foo}, {@code !!int "6000000"}, {@code !!binary}),
   * as a problem; null when there is none, or when the text is not YAML (the parse says why). An
   * unknown tag would be ignored and a known one would turn quoted text into a number, while
   * every value mdc reads is written plainly. Read from SnakeYAML's events, beneath Jackson,
   * which drops the tag of a mapping's first key.
   */
  private static Invalid firstTag(String text) {
    if (text.indexOf('!') < 0) {
      return null; // no tag without a '!'
    }
    try {
      Parser events = new ParserImpl(new StreamReader(text), new LoaderOptions());
      for (Event event = events.getEvent(); event != null && !event.is(Event.ID.StreamEnd);
          event = events.getEvent()) {
        String tag = event instanceof ScalarEvent ? ((ScalarEvent) event).getTag()
            : event instanceof CollectionStartEvent ? ((CollectionStartEvent) event).getTag() : null;
        if (tag != null) {
          String written = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length())
              : tag;
          Mark at = event.getStartMark();
          return new Invalid(new Location(at.getLine() + 1, at.getColumn() + 1), "the YAML tag "
              + YamlNode.Scalar.abbreviate(written) + " is not allowed: write the value plainly (numbers without"
              + " quotes or tags)");
        }
      }
      return null;
    } catch (RuntimeException e) {
      return null; // not YAML: the parse reports it
    }
  }

  private YamlNode readMapping(YAMLParser parser, Location at, int depth) throws IOException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Location keyAt = location(parser.currentTokenLocation());
      if (key.length() > MAX_SCALAR) {
        throw new Invalid(keyAt, "a key of " + key.length() + " characters; at most " + MAX_SCALAR + " are read");
      }
      if (entries.containsKey(key)) {
        throw new Invalid(keyAt, "the key '" + key + "' appears twice (first on line "
            + entries.get(key).keyLocation().line() + ")");
      }
      parser.nextToken();
      entries.put(key, new YamlNode.Entry(keyAt, read(parser, depth + 1)));
    }
    return new YamlNode.Mapping(at, entries);
  }

  private YamlNode readSequence(YAMLParser parser, Location at, int depth) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(parser, depth + 1));
    }
    return new YamlNode.Sequence(at, items);
  }

  private static String firstBadByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    int offset = in.position();
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return String.format("byte 0x%02X at offset %d, line %d", bytes[offset] & 0xFF, offset, line);
  }

  private static Location location(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return Location.START;
    }
    return new Location(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
  }

  /** The parser's message in the user's terms: the limit or the rule broken, never a class name. */
  private static String cleanMessage(JsonProcessingException e) {
    String message = firstLine(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "nested more than " + MAX_DEPTH + " levels deep";
    }
    if (message.contains("Expected a field name")) {
      return "a key must be plain text, not a list or a mapping";
    }
    if (message.contains("String value length")) {
      return "a value of more than " + MAX_SCALAR + " characters";
    }
    if (message.contains("Number value length")) {
      return "a number of more than 40 digits";
    }
    if (message.contains("Document length")) {
      return "the file is larger than 1 MiB (1,048,576 bytes), the most mdc reads";
    }
    return message.replaceAll("\\s*\\(from `[^`]*`\\)", "").replaceAll("<org\\.yaml[^>]*>", "something else")
        .replaceAll("com\\.fasterxml\\.[\\w.$]+", "the YAML reader");
  }

  private static String firstLine(String message) {
    String line = message.strip().split("\\R", 2)[0];
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private Parsed<YamlNode> fail(Location at, String message) {
    return Parsed.failed(List.of(new InputProblem(file, at, "", message)));
  }

  /** A problem found while building the tree; carries its place. */
  private static final class Invalid extends JsonProcessingException {
    private static final long serialVersionUID = 1L;
    private final transient Location location;

    Invalid(Location location, String message) {
      super(message);
      this.location = location;
    }
  }
}
