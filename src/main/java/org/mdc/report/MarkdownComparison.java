package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.mdc.assessment.Comparison;

/**
 * Compared missions as a Markdown table laid out like Table 1 of 002 (Bellamy & Lupel): region,
 * population, mission, the two required sizes as ranges, and the actual size; then the gaps.
 */
public final class MarkdownComparison implements ComparisonRenderer {

  private record Cell(String title, boolean numeric, Function<Comparison, String> value) {}

  private final Writer out;
  private final List<Cell> cells;

  /**
   * @param densityTitle the density column's title, with the rate in force, such as
   *     {@code "Density (2–10 per 1,000)"}
   */
  public MarkdownComparison(Writer out, String densityTitle) {
    this.out = out;
    this.cells = List.of(
        new Cell("Region", false, c -> c.entry().region()),
        new Cell("Population", true, c -> Figures.count(c.entry().population())),
        new Cell("Mission", false, c -> c.entry().mission()),
        new Cell(densityTitle, true, c -> Figures.dashRange(c.density())),
        new Cell("Parity (largest force)", true, c -> Figures.dashRange(c.parity())),
        new Cell("Required minimum", true, c -> Figures.count(c.requiredMin())),
        new Cell("Actual", true, c -> Figures.count(c.entry().troops())),
        new Cell("Troop gap", true, c -> Figures.count(c.troopGap())),
        new Cell("Coverage", true, c -> c.coverageTenths().isPresent()
            ? Figures.tenths(c.coverageTenths().getAsLong()) + "%" : "-"),
        new Cell("Helicopters required", true, c -> Figures.count(c.helicoptersRequired())),
        new Cell("Helicopters deployed", true, c -> Figures.count(c.entry().helicoptersDeployed())),
        new Cell("Verdict", false, c -> c.verdict().label()));
  }

  @Override
  public void begin() throws IOException {
    StringBuilder head = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (Cell cell : cells) {
      head.append(' ').append(cell.title()).append(" |");
      rule.append(cell.numeric() ? " ---: |" : " --- |");
    }
    out.write(head.append('\n').append(rule).append('\n').toString());
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void row(Comparison comparison) throws IOException {
    StringBuilder row = new StringBuilder("|");
    for (Cell cell : cells) {
      row.append(' ').append(escape(cell.value().apply(comparison))).append(" |");
    }
    out.write(row.append('\n').toString());
  }

  private static String escape(String text) {
    return Printable.markdown(text);
  }
}
