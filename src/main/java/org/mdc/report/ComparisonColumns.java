package org.mdc.report;

import java.util.List;
import java.util.OptionalLong;
import org.mdc.assessment.Comparison;

/**
 * The columns of {@code mdc compare}'s CSV and JSON lines output, defined once: their ids, and
 * one method that writes a row's cells in that order. Cells are written through {@link Cells},
 * typed, so that each format writes numbers its own way without boxing a million rows; one
 * plain method (not a list of lambdas) lets the JIT compile a whole row as one piece.
 */
public final class ComparisonColumns {

  /** Receives the cells of a row, in the order of {@link #IDS}. */
  public interface Cells {
    void text(String value);

    void count(long value);

    /** A percentage in tenths: 384 is 38.4. */
    void tenths(long value);

    /** An unknown value. */
    void none();
  }

  /** The contract of the CSV output (the header row) and the keys of the JSON lines, in order. */
  public static final List<String> IDS =
      List.of("mission", "region", "population", "density_min", "density_max", "parity_min", "parity_max",
          "required_min", "troops", "troop_gap", "coverage_pct", "helicopters_required", "helicopters_deployed",
          "helicopter_gap", "verdict");

  private ComparisonColumns() {}

  /** The id of every column, in order. */
  public static List<String> ids() {
    return IDS;
  }

  /** Writes the cells of {@code c} to {@code out}, one per column of {@link #IDS}, in that order. */
  public static void write(Comparison c, Cells out) {
    out.text(c.entry().mission());
    out.text(c.entry().region());
    out.count(c.entry().population());
    out.count(c.density().min());
    out.count(c.density().max());
    out.count(c.parity().min());
    out.count(c.parity().max());
    out.count(c.requiredMin());
    out.count(c.entry().troops());
    out.count(c.troopGap());
    OptionalLong coverage = c.coverageTenths();
    if (coverage.isPresent()) {
      out.tenths(coverage.getAsLong());
    } else {
      out.none();
    }
    out.count(c.helicoptersRequired());
    count(c.entry().helicoptersDeployed(), out);
    count(c.helicopterGap(), out);
    out.text(c.verdict().label());
  }

  private static void count(OptionalLong value, Cells out) {
    if (value.isPresent()) {
      out.count(value.getAsLong());
    } else {
      out.none();
    }
  }
}
