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

    /**
     * A count given as a range of estimates (a population from population_min and
     * population_max): by default one text cell, {@code 70000-330000}.
     */
    default void estimate(long min, long max) {
      text(min + "-" + max);
    }
  }

  /** One column: its id, its title, whether its value is a figure, and its value for machines and for people. */
  public enum Column {
    MISSION("mission", "Mission", false) {
      @Override
      public void write(Comparison c, Cells out) {
        out.text(c.entry().mission());
      }

      @Override
      public String text(Comparison c) {
        return c.entry().mission();
      }
    },
    REGION("region", "Region", false) {
      @Override
      public void write(Comparison c, Cells out) {
        out.text(c.entry().region());
      }

      @Override
      public String text(Comparison c) {
        return c.entry().region();
      }
    },
    POPULATION("population", "Population", true) {
      @Override
      public void write(Comparison c, Cells out) {
        if (c.entry().population().isSingle()) {
          out.count(c.entry().population().min());
        } else {
          out.estimate(c.entry().population().min(), c.entry().population().max());
        }
      }

      @Override
      public String text(Comparison c) {
        return Figures.dashRange(c.entry().population());
      }
    },
    /** A range: {@code density_min} and {@code density_max} for machines; its title names the rate in force. */
    DENSITY("density", "Density", true) {
      @Override
      public void write(Comparison c, Cells out) {
        out.count(c.density().min());
        out.count(c.density().max());
      }

      @Override
      public String text(Comparison c) {
        return Figures.dashRange(c.density());
      }

      @Override
      public String title(RuleSet rules) {
        return Figures.densityTitle(rules);
      }
    },
    /** A range: {@code parity_min} and {@code parity_max} for machines. */
    PARITY("parity", "Parity (largest force)", true) {
      @Override
      public void write(Comparison c, Cells out) {
        out.count(c.parity().min());
        out.count(c.parity().max());
      }

      @Override
      public String text(Comparison c) {
        return Figures.dashRange(c.parity());
      }
    },
    REQUIRED_MIN("required_min", "Required minimum", true) {
      @Override
      public void write(Comparison c, Cells out) {
        out.count(c.requiredMin());
      }

      @Override
      public String text(Comparison c) {
        return Figures.count(c.requiredMin());
      }
    },
    TROOPS("troops", "Actual", true) {
      @Override
      public void write(Comparison c, Cells out) {
        out.count(c.entry().troops());
      }

      @Override
      public String text(Comparison c) {
        return Figures.count(c.entry().troops());
      }
    },
    TROOP_GAP("troop_gap", "Troop gap", true) {
      @Override
      public void write(Comparison c, Cells out) {
        out.count(c.troopGap());
      }

      @Override
      public String text(Comparison c) {
        return Figures.count(c.troopGap());
      }
    },
    COVERAGE_PCT("coverage_pct", "Coverage", true) {
      @Override
      public void write(Comparison c, Cells out) {
        OptionalLong coverage = c.coverageTenths();
        if (coverage.isPresent()) {
          out.tenths(coverage.getAsLong());
        } else {
          out.none();
        }
      }

      @Override
      public String text(Comparison c) {
        return c.coverageTenths().isPresent() ? Figures.tenths(c.coverageTenths().getAsLong()) + "%" : "-";
      }
    },
    HELICOPTERS_REQUIRED("helicopters_required", "Helicopters required", true) {
      @Override
      public void write(Comparison c, Cells out) {
        out.count(c.helicoptersRequired());
      }

      @Override
      public String text(Comparison c) {
        return Figures.count(c.helicoptersRequired());
      }
    },
    HELICOPTERS_DEPLOYED("helicopters_deployed", "Helicopters deployed", true) {
      @Override
      public void write(Comparison c, Cells out) {
        count(c.entry().helicoptersDeployed(), out);
      }

      @Override
      public String text(Comparison c) {
        return Figures.count(c.entry().helicoptersDeployed());
      }
    },
    HELICOPTER_GAP("helicopter_gap", "Helicopter gap", true) {
      @Override
      public void write(Comparison c, Cells out) {
        count(c.helicopterGap(), out);
      }

      @Override
      public String text(Comparison c) {
        return Figures.count(c.helicopterGap());
      }
    },
    VERDICT("verdict", "Verdict", false) {
      @Override
      public void write(Comparison c, Cells out) {
        out.text(c.verdict().label());
      }

      @Override
      public String text(Comparison c) {
        return c.verdict().label();
      }
    };

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
      return this == DENSITY || this == PARITY ? List.of(id + "_min", id + "_max") : List.of(id);
    }

    /** The title for people, with the rulebook's figures where it names them: "Density (2–10 per 1,000)". */
    public String title(RuleSet rules) {
      return title;
    }

    /** True for a figure, which tables align right. */
    public boolean isNumeric() {
      return numeric;
    }

    /** Writes the value of {@code c} in this column as typed cells: one, or two for a range. */
    public abstract void write(Comparison c, Cells out);

    /** The value of {@code c} in this column as people read it: 6,000,000; 12,000–60,000; 38.4%; - when unknown. */
    public abstract String text(Comparison c);
  }

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
    for (Column column : Column.values()) {
      ids.addAll(column.ids());
    }
    return List.copyOf(ids);
  }

  /**
   * Writes the cells of {@code c} to {@code out}, every column in the order of {@link Column},
   * one cell per id of {@link #IDS}. The columns are named one by one rather than looped over:
   * each call then goes to one known column, which the JIT inlines, so a CSV row compiles as one
   * piece (a loop over the columns made the CSV output about 15% slower). A test holds this to
   * the order of {@link Column}.
   */
  public static void write(Comparison c, Cells out) {
    Column.MISSION.write(c, out);
    Column.REGION.write(c, out);
    Column.POPULATION.write(c, out);
    Column.DENSITY.write(c, out);
    Column.PARITY.write(c, out);
    Column.REQUIRED_MIN.write(c, out);
    Column.TROOPS.write(c, out);
    Column.TROOP_GAP.write(c, out);
    Column.COVERAGE_PCT.write(c, out);
    Column.HELICOPTERS_REQUIRED.write(c, out);
    Column.HELICOPTERS_DEPLOYED.write(c, out);
    Column.HELICOPTER_GAP.write(c, out);
    Column.VERDICT.write(c, out);
  }

  private static void count(OptionalLong value, Cells out) {
    if (value.isPresent()) {
      out.count(value.getAsLong());
    } else {
      out.none();
    }
  }
}
