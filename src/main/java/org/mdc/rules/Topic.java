package org.mdc.rules;

import org.mdc.model.Choice;

/** What a gap concerns, the headings of the gap report. */
public enum Topic implements Choice {
  TROOPS,
  HELICOPTERS,
  CONSENT,
  MANDATE,
  TRIPWIRES,
  BACKING,
  CONTEXT
}
