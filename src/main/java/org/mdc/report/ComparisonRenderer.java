package org.mdc.report;

import java.io.IOException;
import org.mdc.assessment.Comparison;

/** Writes compared missions as they stream by: a header, one call per row, a footer. */
public interface ComparisonRenderer {

  default void begin() throws IOException {}

  void row(Comparison comparison) throws IOException;

  default void end() throws IOException {}
}
