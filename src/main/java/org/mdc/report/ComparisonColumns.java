package org.mdc.report;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.mdc.assessment.Comparison;

/**
 * The columns of {@code mdc compare}'s CSV and JSON lines output, defined once: id, title and
 * how to write the cell from a {@link Comparison}. Cells are written through {@link Cells}, so
 * that each format writes numbers its own way without boxing a million rows.
 */
public final class ComparisonColumns {

  /** Receives one cell, typed. */
  public interface Cells {
    void text(String value);

    void count(long value);

    /** A percentage in tenths: 384 is 38.4. */
    void tenths(long value);

    /** An unknown value. */
    void none();
  }

  /** One column: its id (CSV header, JSON key), its title, and how to write it. */
  public record Column(String id, String title, BiConsumer<Comparison, Cells> cell) {}

  /** The contract of the CSV output, in this order. */
  public static final List<Column> ALL =
      List.of(
          new Column("mission", "Mission", (c, out) -> out.text(c.entry().mission())),
          new Column("region", "Region", (c, out) -> out.text(c.entry().region())),
          new Column("population", "Population", (c, out) -> out.count(c.entry().population())),
          new Column("density_min", "Density min", (c, out) -> out.count(c.density().min())),
          new Column("density_max", "Density max", (c, out) -> out.count(c.density().max())),
          new Column("parity_min", "Parity min", (c, out) -> out.count(c.parity().min())),
          new Column("parity_max", "Parity max", (c, out) -> out.count(c.parity().max())),
          new Column("required_min", "Required minimum", (c, out) -> out.count(c.requiredMin())),
          new Column("troops", "Troops", (c, out) -> out.count(c.entry().troops())),
          new Column("troop_gap", "Troop gap", (c, out) -> out.count(c.troopGap())),
          new Column("coverage_pct", "Coverage %", (c, out) -> {
            if (c.coverageTenths().isPresent()) {
              out.tenths(c.coverageTenths().getAsLong());
            } else {
              out.none();
            }
          }),
          new Column("helicopters_required", "Helicopters required", (c, out) -> out.count(c.helicoptersRequired())),
          new Column("helicopters_deployed", "Helicopters deployed", (c, out) -> {
            if (c.entry().helicoptersDeployed().isPresent()) {
              out.count(c.entry().helicoptersDeployed().getAsLong());
            } else {
              out.none();
            }
          }),
          new Column("helicopter_gap", "Helicopter gap", (c, out) -> {
            if (c.helicopterGap().isPresent()) {
              out.count(c.helicopterGap().getAsLong());
            } else {
              out.none();
            }
          }),
          new Column("verdict", "Verdict", (c, out) -> out.text(c.verdict().label())));

  private ComparisonColumns() {}

  /** The id of every column, in order. */
  public static List<String> ids() {
    return ALL.stream().map(Column::id).collect(Collectors.toList());
  }
}
