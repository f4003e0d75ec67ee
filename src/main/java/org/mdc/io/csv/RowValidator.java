package org.mdc.io.csv;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.mdc.io.InputProblem;
import org.mdc.io.Location;
import org.mdc.model.Choice;
import org.mdc.model.HostConsent;
import org.mdc.model.Limits;
import org.mdc.model.MissionEntry;
import org.mdc.model.Range;

/**
 * Makes a mission entry of one row, whichever reader split it, or says what is wrong with it:
 * the column count, whole numbers within the limits zone files have, the largest force as one
 * figure or a range, the host's consent. Made by {@link HeaderCheck} from a header it accepted;
 * holds no state, so one serves every thread.
 */
final class RowValidator {

  private final String file;
  private final int mission;
  private final int region;
  private final int population;
  private final int populationMin;
  private final int populationMax;
  private final int largestForce;
  private final int largestForceMin;
  private final int largestForceMax;
  private final int troops;
  private final int helicoptersAuthorized;
  private final int helicoptersDeployed;
  private final int hostConsent;
  private final int columns;

  /** For {@code file}, whose header has {@code columns} columns, named as {@code index} gives. */
  RowValidator(String file, Map<String, Integer> index, int columns) {
    this.file = file;
    this.mission = index.getOrDefault("mission", -1);
    this.region = index.getOrDefault("region", -1);
    this.population = index.getOrDefault("population", -1);
    this.populationMin = index.getOrDefault("population_min", -1);
    this.populationMax = index.getOrDefault("population_max", -1);
    this.largestForce = index.getOrDefault("largest_force", -1);
    this.largestForceMin = index.getOrDefault("largest_force_min", -1);
    this.largestForceMax = index.getOrDefault("largest_force_max", -1);
    this.troops = index.getOrDefault("troops", -1);
    this.helicoptersAuthorized = index.getOrDefault("helicopters_authorized", -1);
    this.helicoptersDeployed = index.getOrDefault("helicopters_deployed", index.getOrDefault("helicopters", -1));
    this.hostConsent = index.getOrDefault("host_consent", -1);
    this.columns = columns;
  }

  /** The number of columns of the header, which every row must have. */
  int columns() {
    return columns;
  }

  /** What is wrong with the row on {@code line}, as a problem with its place. */
  InputProblem problem(long line, BadRow bad) {
    return new InputProblem(file, at(line), bad.column, bad.getMessage());
  }

  /** A problem with the file from {@code line} on, for what stops the reading. */
  InputProblem stop(long line, String message) {
    return new InputProblem(file, at(line), "", message);
  }

  /** Column 1 of {@code line}, which a long file may take beyond the range of an int. */
  static Location at(long line) {
    return new Location((int) Math.min(Math.max(line, 1), Integer.MAX_VALUE), 1);
  }

  /** The mission entry of a row; throws {@link BadRow}, saying what is wrong, for a row that has none. */
  MissionEntry entry(Row record) {
    if (record.size() < columns) {
      throw new BadRow("", "too few columns: " + record.size() + " of the header's " + columns);
    }
    if (record.size() > columns) {
      throw new BadRow("", "too many columns: " + record.size() + " where the header has " + columns);
    }
    String name = record.get(mission);
    if (name.isEmpty()) {
      throw new BadRow("mission", "the mission's name is missing");
    }
    boolean nul = record.mayHoldNul();
    if (nul && name.indexOf('\0') >= 0) {
      throw new BadRow("mission", "contains a NUL byte: is this a text file?");
    }
    Range people = population(record);
    Range force = largestForce(record);
    long deployed = whole(record, troops, "troops", true, 0, Limits.MAX_HEADCOUNT);
    OptionalLong helicopters =
        count(whole(record, helicoptersDeployed, "helicopters_deployed", false, 0, Limits.MAX_HELICOPTERS));
    OptionalLong authorized =
        count(whole(record, helicoptersAuthorized, "helicopters_authorized", false, 0, Limits.MAX_HELICOPTERS));
    HostConsent consent = consent(record);
    String where = region < 0 ? "" : record.get(region);
    if (nul && where.indexOf('\0') >= 0) {
      throw new BadRow("region", "contains a NUL byte: is this a text file?");
    }
    return new MissionEntry(name, where, people, force, deployed, helicopters, authorized, consent);
  }

  private Range largestForce(Row record) {
    boolean single = largestForce >= 0 && !record.isEmpty(largestForce);
    boolean ranged = largestForceMin >= 0 && !record.isEmpty(largestForceMin);
    if (single && ranged) {
      throw new BadRow("largest_force", "give largest_force or largest_force_min, not both");
    }
    if (single) {
      long strength = whole(record, largestForce, "largest_force", true, 0, Limits.MAX_HEADCOUNT);
      return Range.of(strength);
    }
    if (!ranged) {
      throw new BadRow("largest_force", "missing (give largest_force, or largest_force_min)");
    }
    long min = whole(record, largestForceMin, "largest_force_min", true, 0, Limits.MAX_HEADCOUNT);
    long max = whole(record, largestForceMax, "largest_force_max", false, 0, Limits.MAX_HEADCOUNT);
    if (max != ABSENT && max < min) {
      throw new BadRow("largest_force_min", "largest_force_min (" + min + ") is above largest_force_max (" + max + ")");
    }
    return new Range(min, max == ABSENT ? min : max);
  }

  /** The population: one figure, or population_min with population_max as a range of estimates. */
  private Range population(Row record) {
    boolean single = population >= 0 && !record.isEmpty(population);
    boolean ranged = populationMin >= 0 && !record.isEmpty(populationMin);
    boolean high = populationMax >= 0 && !record.isEmpty(populationMax);
    if (single && (ranged || high)) {
      throw new BadRow("population", "give population, or population_min and population_max, not both");
    }
    if (single || populationMin < 0 && populationMax < 0) {
      return Range.of(whole(record, population, "population", true, 1, Limits.MAX_POPULATION));
    }
    if (!ranged && !high) {
      throw new BadRow("population", "missing (give population, or population_min and population_max)");
    }
    if (!ranged) {
      throw new BadRow("population_min", "missing: population_max needs population_min");
    }
    long min = whole(record, populationMin, "population_min", true, 1, Limits.MAX_POPULATION);
    if (!high) {
      throw new BadRow("population_max", "missing: population_min needs population_max");
    }
    long max = whole(record, populationMax, "population_max", true, 1, Limits.MAX_POPULATION);
    if (max < min) {
      throw new BadRow("population_min", "population_min (" + min + ") is above population_max (" + max + ")");
    }
    return new Range(min, max);
  }

  private HostConsent consent(Row record) {
    if (hostConsent < 0 || record.isEmpty(hostConsent)) {
      return HostConsent.UNKNOWN;
    }
    String text = record.get(hostConsent);
    Optional<HostConsent> parsed = Choice.parse(HostConsent.class, text);
    if (parsed.isEmpty()) {
      throw new BadRow("host_consent", "expected full, partial or none, found '" + text + "'");
    }
    return parsed.get();
  }

  /** What {@link #whole} gives for an optional column left empty: no whole number is negative. */
  private static final long ABSENT = -1;

  /** Optional counts of up to 1,023 (helicopters, mostly), made once: a million rows need no more. */
  private static final OptionalLong[] SMALL_COUNTS = new OptionalLong[1024];

  static {
    for (int i = 0; i < SMALL_COUNTS.length; i++) {
      SMALL_COUNTS[i] = OptionalLong.of(i);
    }
  }

  private static OptionalLong count(long value) {
    if (value == ABSENT) {
      return OptionalLong.empty();
    }
    return value < SMALL_COUNTS.length ? SMALL_COUNTS[(int) value] : OptionalLong.of(value);
  }

  /**
   * A whole number in a column, from {@code min} (at least 0) to {@code max}; digits only, no
   * signs, separators or decimals. {@link #ABSENT} when an optional column is empty.
   */
  private static long whole(Row record, int column, String name, boolean required, long min, long max) {
    if (column >= 0) {
      long digits = record.digits(column);
      if (digits >= min && digits <= max) {
        return digits; // the usual value, read by the quote-free reader in one call
      }
    }
    // The others, and every value of a reader that does not read digits itself, char by char.
    if (column < 0 || record.isEmpty(column)) {
      if (required) {
        throw new BadRow(name, "missing");
      }
      return ABSENT;
    }
    int length = record.length(column);
    long value = 0;
    boolean overflow = false;
    for (int i = 0; i < length; i++) {
      char c = record.charAt(column, i);
      if (c < '0' || c > '9') {
        String text = record.get(column);
        String what = text.startsWith("-") && text.length() > 1 && text.substring(1).chars().allMatch(Character::isDigit)
            ? "a negative number"
            : "'" + abbreviate(text) + "'";
        throw new BadRow(name, "expected a whole number from " + min + " to " + max + ", found " + what);
      }
      // Before the 19th digit the value is below 10^18, so cannot overflow: test only from there.
      if (i >= 18 && value > (Long.MAX_VALUE - (c - '0')) / 10) {
        overflow = true;
        break;
      }
      value = value * 10 + (c - '0');
    }
    if (overflow || value > max || value < min) {
      throw new BadRow(name, "expected a whole number from " + min + " to " + max + ", found "
          + abbreviate(record.get(column)) + (overflow ? " (beyond the range of a 64-bit integer)" : ""));
    }
    return value;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** A row that cannot be read, with the column at fault; carries no stack trace. */
  static final class BadRow extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String column;

    BadRow(String column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }
}
