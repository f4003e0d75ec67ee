package org.mdc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.mdc.assessment.Comparison;
import org.mdc.rules.RuleSet;

/**
 * The columns of {@code mdc compare}, defined once for every format: each with its id (the CSV
 * header and the JSON key), its title (Markdown and HTML) and its value over a comparison, typed
 * for machines and written out for people. CSV and JSON lines write every column, a range as
 * two ({@code density_min}, {@code density_max}); Markdown and HTML write {@link #TABLE}, the
 * columns of Table 1 of 002 in its order.
 */
public final class ComparisonColumns {

  /** Receives the typed cells of a row, in the order of {@link #IDS}. */
  public interface Cells {
    void text(String value);

    void count(long value);

    /** A percentage in tenths: 384 is 38.4. */
    void tenths(long value);

    /** An unknown value. */
    void none();
  }

  /** One column: its id, its title, whether its value is a figure, and its value. */
  public enum Column {
    MISSION("mission", "Mission", false),
    REGION("region", "Region", false),
    POPULATION("population", "Population", true),
    /** A range: {@code density_min} and {@code density_max} for machines; its title names the rate in force. */
    DENSITY("density", "Density", true),
    /** A range: {@code parity_min} and {@code parity_max} for machines. */
    PARITY("parity", "Parity (largest force)", true),
    REQUIRED_MIN("required_min", "Required minimum", true),
    TROOPS("troops", "Actual", true),
    TROOP_GAP("troop_gap", "Troop gap", true),
    COVERAGE_PCT("coverage_pct", "Coverage", true),
    HELICOPTERS_REQUIRED("helicopters_required", "Helicopters required", true),
    HELICOPTERS_DEPLOYED("helicopters_deployed", "Helicopters deployed", true),
    HELICOPTER_GAP("helicopter_gap", "Helicopter gap", true),
    VERDICT("verdict", "Verdict", false);

    private final String id;
    private final String title;
    private final boolean numeric;

    Column(String id, String title, boolean numeric) {
      this.id = id;
      this.title = title;
      this.numeric = numeric;
    }

    public String id() {
      return id;
    }

    /** The ids this column takes in CSV and JSON: a range takes two, its minimum and maximum. */
    public List<String> ids() {
      return isRange() ? List.of(id + "_min", id + "_max") : List.of(id);
    }

    /** The title for people, with the rulebook's figures where it names them: "Density (2–10 per 1,000)". */
    public String title(RuleSet rules) {
      return this == DENSITY ? Figures.densityTitle(rules) : title;
    }

    /** True for a figure, which tables align right. */
    public boolean isNumeric() {
      return numeric;
    }

    private boolean isRange() {
      return this == DENSITY || this == PARITY;
    }

    /**
     * Writes the value of {@code c} in this column as typed cells (two for a range). One switch,
     * not a lambda per column, so the JIT compiles a CSV row as one piece.
     */
    public void write(Comparison c, Cells out) {
      switch (this) {
        case MISSION:
          out.text(c.entry().mission());
          break;
        case REGION:
          out.text(c.entry().region());
          break;
        case POPULATION:
          out.count(c.entry().population());
          break;
        case DENSITY:
          out.count(c.density().min());
          out.count(c.density().max());
          break;
        case PARITY:
          out.count(c.parity().min());
          out.count(c.parity().max());
          break;
        case REQUIRED_MIN:
          out.count(c.requiredMin());
          break;
        case TROOPS:
          out.count(c.entry().troops());
          break;
        case TROOP_GAP:
          out.count(c.troopGap());
          break;
        case COVERAGE_PCT:
          OptionalLong coverage = c.coverageTenths();
          if (coverage.isPresent()) {
            out.tenths(coverage.getAsLong());
          } else {
            out.none();
          }
          break;
        case HELICOPTERS_REQUIRED:
          out.count(c.helicoptersRequired());
          break;
        case HELICOPTERS_DEPLOYED:
          count(c.entry().helicoptersDeployed(), out);
          break;
        case HELICOPTER_GAP:
          count(c.helicopterGap(), out);
          break;
        case VERDICT:
          out.text(c.verdict().label());
          break;
        default:
          throw new AssertionError(this);
      }
    }

    /** The value of {@code c} in this column as people read it: 6,000,000; 12,000–60,000; 38.4%; - when unknown. */
    public String text(Comparison c) {
      switch (this) {
        case MISSION:
          return c.entry().mission();
        case REGION:
          return c.entry().region();
        case POPULATION:
          return Figures.count(c.entry().population());
        case DENSITY:
          return Figures.dashRange(c.density());
        case PARITY:
          return Figures.dashRange(c.parity());
        case REQUIRED_MIN:
          return Figures.count(c.requiredMin());
        case TROOPS:
          return Figures.count(c.entry().troops());
        case TROOP_GAP:
          return Figures.count(c.troopGap());
        case COVERAGE_PCT:
          return c.coverageTenths().isPresent() ? Figures.tenths(c.coverageTenths().getAsLong()) + "%" : "-";
        case HELICOPTERS_REQUIRED:
          return Figures.count(c.helicoptersRequired());
        case HELICOPTERS_DEPLOYED:
          return Figures.count(c.entry().helicoptersDeployed());
        case HELICOPTER_GAP:
          return Figures.count(c.helicopterGap());
        case VERDICT:
          return c.verdict().label();
        default:
          throw new AssertionError(this);
      }
    }
  }

  /** Every column, in the order of the CSV output and the JSON keys. */
  private static final Column[] ALL = Column.values();

  /** The columns of the tables for people (Markdown, HTML): Table 1 of 002's, in its order. */
  public static final List<Column> TABLE = List.of(Column.REGION, Column.POPULATION, Column.MISSION,
      Column.DENSITY, Column.PARITY, Column.REQUIRED_MIN, Column.TROOPS, Column.TROOP_GAP, Column.COVERAGE_PCT,
      Column.HELICOPTERS_REQUIRED, Column.HELICOPTERS_DEPLOYED, Column.VERDICT);

  /** The contract of the CSV output (the header row) and the keys of the JSON lines, in order. */
  public static final List<String> IDS = cellIds();

  private ComparisonColumns() {}

  /** The id of every cell of a row, in order. */
  public static List<String> ids() {
    return IDS;
  }

  private static List<String> cellIds() {
    List<String> ids = new ArrayList<>();
    for (Column column : ALL) {
      ids.addAll(column.ids());
    }
    return List.copyOf(ids);
  }

  /** Writes the cells of {@code c} to {@code out}, one per id of {@link #IDS}, in that order. */
  public static void write(Comparison c, Cells out) {
    for (Column column : ALL) {
      column.write(c, out);
    }
  }

  private static void count(OptionalLong value, Cells out) {
    if (value.isPresent()) {
      out.count(value.getAsLong());
    } else {
      out.none();
    }
  }
}
