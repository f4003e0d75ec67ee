package org.mdc.report;

import java.io.PrintWriter;
import org.mdc.assessment.Assessment;

/** Writes one assessment in one format. Renderers read the assessment; they compute nothing. */
public interface AssessmentRenderer {

  void render(Assessment assessment, PrintWriter out);
}
