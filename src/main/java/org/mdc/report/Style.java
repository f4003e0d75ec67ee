package org.mdc.report;

import org.mdc.rules.Severity;

/**
 * How a text report marks headings and severities: plain for files and pipes, ANSI colours on a
 * terminal. The CLI decides which (--color, NO_COLOR, a terminal or not); reports only ask.
 */
public interface Style {

  String heading(String text);

  String severity(Severity severity, String text);

  /** No marks at all: the output for pipes, files and golden tests. */
  Style PLAIN = new Style() {
    @Override
    public String heading(String text) {
      return text;
    }

    @Override
    public String severity(Severity severity, String text) {
      return text;
    }
  };

  /** ANSI bold headings and red, yellow and cyan severities. */
  Style ANSI = new Style() {
    @Override
    public String heading(String text) {
      return "\u001b[1m" + text + "\u001b[0m";
    }

    @Override
    public String severity(Severity severity, String text) {
      String colour;
      switch (severity) {
        case ERROR:
          colour = "\u001b[1;31m";
          break;
        case WARNING:
          colour = "\u001b[33m";
          break;
        default:
          colour = "\u001b[36m";
      }
      return colour + text + "\u001b[0m";
    }
  };
}
