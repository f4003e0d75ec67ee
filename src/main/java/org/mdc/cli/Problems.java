package org.mdc.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mdc.io.InputProblem;
import org.mdc.report.Printable;

/**
 * Writes input problems to standard error: each on one line with its control characters
 * neutralised (a message repeats the input's text), and at most {@value #PER_FILE} per file, so
 * that a file of tens of thousands of bad keys gives a readable answer, not megabytes.
 */
final class Problems {

  /** The most problems reported for one file; the rest are counted. */
  static final int PER_FILE = 50;

  private Problems() {}

  /** One problem as a line of standard error. */
  static String line(InputProblem problem) {
    return Printable.text(problem.describe());
  }

  /** Text from an input, for a line of standard error. */
  static String safe(String text) {
    return Printable.text(text);
  }

  /** Prints {@code problems}, at most {@value #PER_FILE} per file, then how many more each file has. */
  static void print(PrintWriter err, List<InputProblem> problems) {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Integer> hidden = new java.util.LinkedHashMap<>();
    for (InputProblem problem : problems) {
      int count = seen.getOrDefault(problem.file(), 0) + 1;
      seen.put(problem.file(), count);
      if (count <= PER_FILE) {
        err.println(line(problem));
      } else {
        hidden.put(problem.file(), hidden.getOrDefault(problem.file(), 0) + 1);
      }
    }
    for (Map.Entry<String, Integer> e : hidden.entrySet()) {
      int more = e.getValue();
      err.println("mdc: " + Printable.text(e.getKey()) + ": " + more + " more problem"
          + (more == 1 ? "" : "s") + " not shown (the first " + PER_FILE + " are above)");
    }
  }
}
