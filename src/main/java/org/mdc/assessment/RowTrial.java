package org.mdc.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * How one row of the decision table fared for a zone: whether its situation matched, why, and,
 * when it matched but its configuration is not feasible, why the table went on to the next row.
 *
 * @param row the row's id, {@code 1} to {@code 6} with {@code 1b}, {@code 1c} and {@code 3b}
 * @param truth whether the row's situation matched
 * @param reason why, in terms of the zone's fields
 * @param fallThrough when the situation matched but the configuration is not feasible: why not
 */
public record RowTrial(String row, Truth truth, String reason, Optional<String> fallThrough) {

  public RowTrial {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(fallThrough, "fallThrough");
    if (fallThrough.isPresent() && truth != Truth.YES) {
      throw new IllegalArgumentException("only a matching row falls through");
    }
  }

  RowTrial(String row, Truth truth, String reason) {
    this(row, truth, reason, Optional.empty());
  }

  /** This trial, for a row that matched but whose configuration is not feasible. */
  RowTrial fellThrough(String why) {
    return new RowTrial(row, truth, reason, Optional.of(why));
  }

  /** True when this row chose the primary. */
  public boolean fired() {
    return truth == Truth.YES && fallThrough.isEmpty();
  }
}
