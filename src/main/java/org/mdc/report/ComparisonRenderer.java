package org.mdc.report;

import java.io.IOException;
import org.mdc.assessment.Comparison;

/** Writes compared missions as they stream by: a header, one call per row, a footer. */
public interface ComparisonRenderer {

  default void begin() throws IOException {}

  void row(Comparison comparison) throws IOException;

  default void end() throws IOException {}

  /**
   * Pushes what this renderer holds back to its output: called at the end of every block of
   * rows and before the output is read, so a renderer may buffer in between.
   */
  default void flush() throws IOException {}
}
