package org.mdc.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mdc.io.InputProblem;
import org.mdc.io.Location;
import org.mdc.io.Parsed;
import org.mdc.io.Suggestions;

/**
 * Checks the header row of a mission list: column names are case-insensitive and in any order,
 * each at most once; the required ones are there (a near miss is named); helicopters are given
 * one way. A header it accepts gives the {@link RowValidator} for the rows below it.
 */
final class HeaderCheck {

  /**
   * Required columns; {@code population} may be replaced by {@code population_min} with
   * {@code population_max}, and {@code largest_force} by {@code largest_force_min}.
   */
  static final List<String> REQUIRED = List.of("mission", "population", "troops");

  /** What an empty file is told. */
  static final String EMPTY =
      "the file is empty: expected a header row with " + String.join(", ", REQUIRED) + " and largest_force";

  private HeaderCheck() {}

  /**
   * True for the names of a blank line: no column, or one whose name is empty once trimmed as
   * names are (control characters and blanks).
   */
  static boolean isBlank(List<String> names) {
    return names.isEmpty() || names.size() == 1 && name(names.get(0)).isEmpty();
  }

  /**
   * A column name as compared: trim() as Commons CSV trims values (every char up to U+0020),
   * strip() for other blanks, in lower case.
   */
  private static String name(String raw) {
    return raw.trim().strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The row validator for a file whose header row, on {@code line}, has {@code names} (not
   * {@linkplain #isBlank blank}); or the problems with that header.
   */
  static Parsed<RowValidator> check(String file, long line, List<String> names) {
    Location at = RowValidator.at(line);
    List<InputProblem> problems = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = name(names.get(i));
      if (index.containsKey(name)) {
        problems.add(new InputProblem(file, at, name,
            "the column '" + name + "' appears twice (columns " + (index.get(name) + 1) + " and " + (i + 1) + ")"));
      } else {
        index.put(name, i);
      }
    }
    for (String column : REQUIRED) {
      if (column.equals("population") && index.containsKey("population_min")) {
        continue;
      }
      if (!index.containsKey(column)) {
        problems.add(missingColumn(file, at, column, index));
      }
    }
    if (!index.containsKey("largest_force") && !index.containsKey("largest_force_min")) {
      problems.add(missingColumn(file, at, "largest_force", index));
    }
    if (index.containsKey("population_min") != index.containsKey("population_max")) {
      String given = index.containsKey("population_min") ? "population_min" : "population_max";
      String other = given.equals("population_min") ? "population_max" : "population_min";
      problems.add(new InputProblem(file, at, other,
          "the column '" + given + "' needs the column '" + other + "': a range of estimates has both ends"));
    }
    if (index.containsKey("helicopters") && index.containsKey("helicopters_deployed")) {
      problems.add(new InputProblem(file, at, "helicopters", "give helicopters_deployed or helicopters, not both"));
    }
    if (!problems.isEmpty()) {
      return Parsed.failed(problems);
    }
    return Parsed.of(new RowValidator(file, index, names.size()));
  }

  private static InputProblem missingColumn(String file, Location at, String column, Map<String, Integer> index) {
    String hint = Suggestions.nearest(column, index.keySet())
        .map(c -> "; is '" + c + "' meant to be '" + column + "'?").orElse("");
    String alternative = column.equals("largest_force") ? " (or largest_force_min with largest_force_max)"
        : column.equals("population") ? " (or population_min with population_max)" : "";
    return new InputProblem(file, at, column,
        "the required column '" + column + "'" + alternative + " is missing" + hint);
  }
}
