package org.mdc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.mdc.assessment.Comparer;
import org.mdc.assessment.Comparison;
import org.mdc.model.HostConsent;
import org.mdc.model.MissionEntry;
import org.mdc.model.Range;
import org.mdc.rules.RuleSet;

/** The row writer of the CSV and JSON output is the column table, column by column, in order. */
class ComparisonColumnsTest {

  /** Every cell written, as text with its kind. */
  private static final class Recorded implements ComparisonColumns.Cells {
    final List<String> cells = new ArrayList<>();

    @Override
    public void text(String value) {
      cells.add("text " + value);
    }

    @Override
    public void count(long value) {
      cells.add("count " + value);
    }

    @Override
    public void tenths(long value) {
      cells.add("tenths " + value);
    }

    @Override
    public void none() {
      cells.add("none");
    }
  }

  @Test
  void theSpelledOutRowWriterWritesEveryColumnInTheTablesOrder() {
    Comparer comparer = new Comparer(RuleSet.defaults());
    List<Comparison> comparisons = List.of(
        comparer.compare(new MissionEntry("UNAMID", "Darfur, Sudan", Range.of(6_000_000), new Range(40_000, 45_000), 15_362,
            OptionalLong.of(5), OptionalLong.of(24), HostConsent.PARTIAL)),
        comparer.compare(new MissionEntry("M", "", Range.of(1), Range.of(0), 0, OptionalLong.empty(), OptionalLong.empty(),
            HostConsent.UNKNOWN)));
    for (Comparison c : comparisons) {
      Recorded spelledOut = new Recorded();
      ComparisonColumns.write(c, spelledOut);
      Recorded columnByColumn = new Recorded();
      for (ComparisonColumns.Column column : ComparisonColumns.Column.values()) {
        column.write(c, columnByColumn);
      }
      assertThat(spelledOut.cells).isEqualTo(columnByColumn.cells).hasSize(ComparisonColumns.IDS.size());
    }
  }
}
