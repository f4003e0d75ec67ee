package org.mdc.io.csv;

import org.mdc.io.InputProblem;
import org.mdc.model.MissionEntry;

/** Receives the rows of a block in order: each one a mission entry or a problem with its place. */
public interface RowHandler {

  /** A good row, with the line it starts on. */
  void entry(long line, MissionEntry entry);

  /** A bad row; return false to stop reading. */
  boolean rejected(InputProblem problem);
}
