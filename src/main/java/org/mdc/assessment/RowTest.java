package org.mdc.assessment;

import java.util.Objects;

/**
 * How one row of the decision table fared for a zone.
 *
 * @param row the row's number, 1 to 6
 * @param truth whether it matched
 * @param reason why, in terms of the zone's fields
 */
public record RowTest(int row, Truth truth, String reason) {

  public RowTest {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(reason, "reason");
  }
}
