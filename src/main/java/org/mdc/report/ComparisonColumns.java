package org.mdc.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.mdc.assessment.Comparison;

/**
 * The columns of {@code mdc compare}'s output, defined once: id, title and an accessor over a
 * {@link Comparison}. CSV and JSON lines use the ids; Markdown uses the titles. Values are
 * {@code Long}, {@code BigDecimal}, {@code String} or null for unknown.
 */
public final class ComparisonColumns {

  /** One column: its id (CSV header, JSON key), its title (Markdown), and how to read it. */
  public record Column(String id, String title, Function<Comparison, Object> value) {}

  /** The contract of the CSV output, in this order. */
  public static final List<Column> ALL =
      List.of(
          new Column("mission", "Mission", c -> c.entry().mission()),
          new Column("region", "Region", c -> c.entry().region()),
          new Column("population", "Population", c -> c.entry().population()),
          new Column("density_min", "Density min", c -> c.density().min()),
          new Column("density_max", "Density max", c -> c.density().max()),
          new Column("parity_min", "Parity min", c -> c.parity().min()),
          new Column("parity_max", "Parity max", c -> c.parity().max()),
          new Column("required_min", "Required minimum", c -> c.requiredMin()),
          new Column("troops", "Troops", c -> c.entry().troops()),
          new Column("troop_gap", "Troop gap", c -> c.troopGap()),
          new Column("coverage_pct", "Coverage %",
              c -> c.coverageTenths().isPresent() ? BigDecimal.valueOf(c.coverageTenths().getAsLong(), 1) : null),
          new Column("helicopters_required", "Helicopters required", c -> c.helicoptersRequired()),
          new Column("helicopters_deployed", "Helicopters deployed",
              c -> c.entry().helicoptersDeployed().isPresent() ? c.entry().helicoptersDeployed().getAsLong() : null),
          new Column("helicopter_gap", "Helicopter gap",
              c -> c.helicopterGap().isPresent() ? c.helicopterGap().getAsLong() : null),
          new Column("verdict", "Verdict", c -> c.verdict().label()));

  private ComparisonColumns() {}

  /** The id of every column, in order. */
  public static List<String> ids() {
    return ALL.stream().map(Column::id).collect(java.util.stream.Collectors.toList());
  }
}
