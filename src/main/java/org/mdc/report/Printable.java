package org.mdc.report;

/**
 * Text from an input made safe for a human-facing output: names, file names and values a report
 * or a message repeats. A control character could move the cursor, recolour a terminal or, as a
 * line break, forge a line of its own ({@code x.yaml:1:1: error: ...}); a bidirectional override
 * could make text read other than it is. Line breaks and tabs become spaces; every other control
 * and bidirectional formatting character is shown as {@code \\uXXXX}. Machine formats (JSON, CSV,
 * SARIF) keep the text exact and do not use this.
 */
public final class Printable {

  private Printable() {}

  /** {@code s} with its control and bidirectional formatting characters neutralised. */
  public static String text(String s) {
    int i = 0;
    while (i < s.length() && !unsafe(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s; // the common case: nothing to do
    }
    StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unsafe(c)) {
        out.append(c);
      } else if (c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\u000C' || c == '\u0085'
          || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else {
        out.append("\\u").append(String.format("%04X", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * {@code s} for a Markdown table cell: neutralised, then every character that could start
   * markup there escaped (emphasis, code, links and images, strike-through, math, the cell's
   * pipe), and raw HTML and character references turned into text.
   */
  public static String markdown(String s) {
    String text = text(s);
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~': case '$':
          out.append('\\').append(c);
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code s} inside a Markdown code span in a table cell: neutralised, no backtick, pipes escaped. */
  public static String markdownCode(String s) {
    return text(s).replace('`', '\'').replace("|", "\\|");
  }

  /** True for C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates. */
  static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028'
        || c == '\u2029';
  }
}
