package org.mdc.report;

import java.io.PrintWriter;
import org.mdc.assessment.Assessment;

/** Writes one assessment in one format. Renderers read the assessment; they compute nothing. */
public interface AssessmentRenderer {

  void render(Assessment assessment, PrintWriter out);

  /**
   * Writes a zone with dates: the assessment at the latest date, and the timeline of every date.
   * A renderer that draws no timeline writes the latest assessment alone.
   */
  default void render(org.mdc.assessment.Timeline timeline, PrintWriter out) {
    render(timeline.latest().assessment(), out);
  }
}
