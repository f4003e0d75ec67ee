package org.mdc.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.mdc.model.Choice;
import org.mdc.model.HostConsent;
import org.mdc.model.MissionEntry;
import org.mdc.model.Range;

/**
 * Streams a mission list (CSV with a header row) one row at a time. Column names are
 * case-insensitive and in any order; a byte-order mark, CRLF line ends, quoted fields with
 * commas or line breaks, and blank lines are fine. A bad row is reported with its line number
 * and the reading goes on; a missing required column stops it at once.
 */
public final class MissionRows {

  /** Required columns; {@code largest_force} may be replaced by {@code largest_force_min}. */
  public static final List<String> REQUIRED = List.of("mission", "population", "troops");
  /** Every column read; others are ignored. */
  public static final List<String> KNOWN =
      List.of("mission", "region", "population", "largest_force", "largest_force_min", "largest_force_max", "troops",
          "helicopters_authorized", "helicopters_deployed", "helicopters", "host_consent");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setAllowMissingColumnNames(true)
          .get();

  /** Receives each row as it is read. */
  public interface Handler {

    /** A good row, with the line it starts on. */
    void entry(long line, MissionEntry entry);

    /** A bad row; return false to stop reading. */
    boolean rejected(InputProblem problem);
  }

  private final String file;
  private final int mission;
  private final int region;
  private final int population;
  private final int largestForce;
  private final int largestForceMin;
  private final int largestForceMax;
  private final int troops;
  private final int helicoptersAuthorized;
  private final int helicoptersDeployed;
  private final int hostConsent;
  private final int columns;

  private MissionRows(String file, Map<String, Integer> index, int columns) {
    this.file = file;
    this.mission = index.getOrDefault("mission", -1);
    this.region = index.getOrDefault("region", -1);
    this.population = index.getOrDefault("population", -1);
    this.largestForce = index.getOrDefault("largest_force", -1);
    this.largestForceMin = index.getOrDefault("largest_force_min", -1);
    this.largestForceMax = index.getOrDefault("largest_force_max", -1);
    this.troops = index.getOrDefault("troops", -1);
    this.helicoptersAuthorized = index.getOrDefault("helicopters_authorized", -1);
    this.helicoptersDeployed = index.getOrDefault("helicopters_deployed", index.getOrDefault("helicopters", -1));
    this.hostConsent = index.getOrDefault("host_consent", -1);
    this.columns = columns;
  }

  /** The format of the rows after the header: RFC 4180, blank lines skipped, fields trimmed. */
  private static final CSVFormat ROWS =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

  /**
   * Reads every row of {@code in}, header first, handing each to {@code handler}. Returns the
   * problems that stop the whole file (a missing or duplicate column, a broken quote); empty when
   * the file was read to its end or the handler stopped it.
   */
  public static List<InputProblem> read(String file, Reader in, Handler handler) throws IOException {
    Reader reader = skipByteOrderMark(in);
    CSVParser parser;
    try {
      parser = FORMAT.parse(reader);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      return List.of(new InputProblem(file, Location.START, "", "cannot read the header row: " + message(e)));
    }
    Parsed<MissionRows> rows = withHeader(file, parser.getHeaderNames());
    if (!rows.ok()) {
      return rows.problems();
    }
    return rows.value().get().readRows(parser, 0, handler);
  }

  /**
   * The header row's text (its first record), parsed into column names; for readers that split
   * the file themselves and have taken off its byte-order mark (a second one is text, as in
   * {@link #read}).
   */
  public static List<String> headerNames(String headerText) throws IOException {
    try (CSVParser parser = CSVFormat.RFC4180.parse(new java.io.StringReader(headerText))) {
      Iterator<CSVRecord> records = parser.iterator();
      return records.hasNext() ? records.next().toList() : List.of();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new IOException(message(e), e);
    }
  }

  /** A row reader for a file whose header has {@code header}, or the problems with that header. */
  public static Parsed<MissionRows> withHeader(String file, List<String> header) {
    List<InputProblem> headerProblems = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      // trim() as Commons CSV trims values (every char up to U+0020), then strip() for other blanks
      String name = header.get(i).trim().strip().toLowerCase(Locale.ROOT);
      if (index.containsKey(name)) {
        headerProblems.add(new InputProblem(file, new Location(1, 1), name,
            "the column '" + name + "' appears twice (columns " + (index.get(name) + 1) + " and " + (i + 1) + ")"));
      } else {
        index.put(name, i);
      }
    }
    if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
      return Parsed.failed(List.of(new InputProblem(file, Location.START, "",
          "the file is empty: expected a header row with " + String.join(", ", REQUIRED) + " and largest_force")));
    }
    for (String column : REQUIRED) {
      if (!index.containsKey(column)) {
        headerProblems.add(missingColumn(file, column, index));
      }
    }
    if (!index.containsKey("largest_force") && !index.containsKey("largest_force_min")) {
      headerProblems.add(missingColumn(file, "largest_force", index));
    }
    if (index.containsKey("helicopters") && index.containsKey("helicopters_deployed")) {
      headerProblems.add(new InputProblem(file, new Location(1, 1), "helicopters",
          "give helicopters_deployed or helicopters, not both"));
    }
    if (!headerProblems.isEmpty()) {
      return Parsed.failed(headerProblems);
    }
    return Parsed.of(new MissionRows(file, index, header.size()));
  }

  /**
   * Reads the rows in {@code block}, a piece of the file after its header that starts at a row
   * boundary on line {@code firstLine}. Returns the problems that stop the file (a broken quote).
   */
  public List<InputProblem> readBlock(Reader block, long firstLine, Handler handler) {
    try {
      return readRows(ROWS.parse(block), firstLine - 1, handler);
    } catch (IOException | UncheckedIOException e) {
      return List.of(new InputProblem(file, new Location((int) Math.min(firstLine, Integer.MAX_VALUE), 1), "",
          "the CSV cannot be read past here: " + message(e)));
    }
  }

  private static InputProblem missingColumn(String file, String column, Map<String, Integer> index) {
    String hint = Suggestions.nearest(column, index.keySet())
        .map(c -> "; is '" + c + "' meant to be '" + column + "'?").orElse("");
    String alternative = column.equals("largest_force") ? " (or largest_force_min with largest_force_max)" : "";
    return new InputProblem(file, new Location(1, 1), column,
        "the required column '" + column + "'" + alternative + " is missing" + hint);
  }

  private List<InputProblem> readRows(CSVParser parser, long linesBefore, Handler handler) {
    Iterator<CSVRecord> records = parser.iterator();
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return List.of();
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        long line = linesBefore + parser.getCurrentLineNumber() + 1;
        return List.of(new InputProblem(file, new Location((int) Math.min(line, Integer.MAX_VALUE), 1), "",
            "the CSV cannot be read past here: " + message(e)));
      }
      long line = linesBefore + startLine(record, parser.getCurrentLineNumber());
      try {
        handler.entry(line, entry(record));
      } catch (BadRow bad) {
        Location at = new Location((int) Math.min(line, Integer.MAX_VALUE), 1);
        if (!handler.rejected(new InputProblem(file, at, bad.column, bad.getMessage()))) {
          return List.of();
        }
      }
    }
  }

  /**
   * Reads the rows of a block that holds no quote character, straight from its bytes and
   * without a general CSV parser: with no quotes, RFC 4180 reduces to splitting lines (CR, LF or
   * CRLF) at commas. Gives exactly what {@link #readBlock} gives for the same text (a property
   * test and a fuzz target hold the two equal), several times faster. Commas, line ends and the
   * blanks that are trimmed are single bytes in UTF-8, never part of a longer sequence, so they
   * are found byte by byte; a row with other bytes above 0x7F is checked to be UTF-8, and one
   * that is not stops the file.
   */
  public List<InputProblem> readQuoteFreeBlock(byte[] bytes, int length, long firstLine, Handler handler) {
    long line = firstLine;
    int start = 0;
    ByteRow row = new ByteRow(bytes, columns);
    while (start < length) {
      int end = row.split(start, length);
      if (end > start) {
        if (!row.ascii && !Utf8.isValid(bytes, start, end - start)) {
          return List.of(new InputProblem(file, new Location((int) Math.min(line, Integer.MAX_VALUE), 1), "",
              "this row is not UTF-8 text"));
        }
        try {
          handler.entry(line, entry(row));
        } catch (BadRow bad) {
          Location at = new Location((int) Math.min(line, Integer.MAX_VALUE), 1);
          if (!handler.rejected(new InputProblem(file, at, bad.column, bad.getMessage()))) {
            return List.of();
          }
        }
      }
      if (end < length) {
        line++;
        end += bytes[end] == '\r' && end + 1 < length && bytes[end + 1] == '\n' ? 2 : 1;
      }
      start = end;
    }
    return List.of();
  }

  /**
   * One quote-free line of bytes split at commas, each value trimmed as Commons CSV trims
   * (String.trim: every char up to U+0020, which in UTF-8 are the bytes 0x00 to 0x20).
   */
  private static final class ByteRow implements Row {
    private final byte[] bytes;
    private int[] from;
    private int[] to;
    private int size;
    /** True when the row's bytes are all ASCII, so need no check that they are UTF-8. */
    boolean ascii;

    ByteRow(byte[] bytes, int columns) {
      this.bytes = bytes;
      this.from = new int[columns + 1];
      this.to = new int[columns + 1];
    }

    /** Splits the line that starts at {@code start}; returns where it ends (its CR or LF, or the limit). */
    int split(int start, int limit) {
      byte[] b = bytes;
      size = 0;
      int field = start;
      int high = 0;
      int i = start;
      while (true) {
        byte c = i < limit ? b[i] : (byte) '\n';
        if (c > ',') {
          i++; // digits and letters: the most bytes by far
          continue;
        }
        if (c == ',' || c == '\n' || c == '\r') {
          add(field, i);
          if (c != ',') {
            ascii = high >= 0;
            return Math.min(i, limit);
          }
          field = i + 1;
        }
        high |= c; // every byte above 0x7F is negative, so takes this way
        i++;
      }
    }

    private void add(int start, int end) {
      if (size == from.length) {
        from = java.util.Arrays.copyOf(from, size * 2);
        to = java.util.Arrays.copyOf(to, size * 2);
      }
      int a = start;
      int z = end;
      while (a < z && (bytes[a] & 0xFF) <= ' ') {
        a++;
      }
      while (z > a && (bytes[z - 1] & 0xFF) <= ' ') {
        z--;
      }
      from[size] = a;
      to[size] = z;
      size++;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public int length(int column) {
      return to[column] - from[column];
    }

    /** The byte as a char: right for ASCII, and never a digit for the bytes of longer sequences. */
    @Override
    public char charAt(int column, int index) {
      return (char) (bytes[from[column] + index] & 0xFF);
    }

    @Override
    public String get(int column) {
      return new String(bytes, from[column], to[column] - from[column], StandardCharsets.UTF_8);
    }
  }

  /** The line a record starts on: the parser's count at its end, less the line breaks inside its fields. */
  private static long startLine(CSVRecord record, long endLine) {
    long breaks = 0;
    for (int i = 0; i < record.size(); i++) {
      String value = record.get(i);
      for (int j = value.indexOf('\n'); j >= 0; j = value.indexOf('\n', j + 1)) {
        breaks++;
      }
    }
    return Math.max(1, endLine - breaks);
  }

  /**
   * The values of one row, from Commons CSV or from the quote-free fast path, already trimmed;
   * numbers are read a char at a time, in place, without making a string of them.
   */
  interface Row {
    int size();

    /** The length of a value, in chars (Commons CSV) or bytes (the fast path). */
    int length(int column);

    /** A char of a value; on the fast path, a byte of it, which is the same for ASCII. */
    char charAt(int column, int index);

    String get(int column);

    default boolean isEmpty(int column) {
      return length(column) == 0;
    }
  }

  private MissionEntry entry(CSVRecord record) {
    return entry(new Row() {
      @Override
      public int size() {
        return record.size();
      }

      @Override
      public int length(int column) {
        return record.get(column).length();
      }

      @Override
      public char charAt(int column, int index) {
        return record.get(column).charAt(index);
      }

      @Override
      public String get(int column) {
        return record.get(column);
      }
    });
  }

  private MissionEntry entry(Row record) {
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
    if (name.indexOf('\0') >= 0) {
      throw new BadRow("mission", "contains a NUL byte: is this a text file?");
    }
    long people = whole(record, population, "population", true, 1, ZoneReader.MAX_POPULATION);
    Range force = largestForce(record);
    long deployed = whole(record, troops, "troops", true, 0, ZoneReader.MAX_HEADCOUNT);
    OptionalLong helicopters =
        count(whole(record, helicoptersDeployed, "helicopters_deployed", false, 0, ZoneReader.MAX_HELICOPTERS));
    OptionalLong authorized =
        count(whole(record, helicoptersAuthorized, "helicopters_authorized", false, 0, ZoneReader.MAX_HELICOPTERS));
    HostConsent consent = consent(record);
    String where = region < 0 ? "" : record.get(region);
    if (where.indexOf('\0') >= 0) {
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
      long strength = whole(record, largestForce, "largest_force", true, 0, ZoneReader.MAX_HEADCOUNT);
      return Range.of(strength);
    }
    if (!ranged) {
      throw new BadRow("largest_force", "missing (give largest_force, or largest_force_min)");
    }
    long min = whole(record, largestForceMin, "largest_force_min", true, 0, ZoneReader.MAX_HEADCOUNT);
    long max = whole(record, largestForceMax, "largest_force_max", false, 0, ZoneReader.MAX_HEADCOUNT);
    if (max != ABSENT && max < min) {
      throw new BadRow("largest_force_min", "largest_force_min (" + min + ") is above largest_force_max (" + max + ")");
    }
    return new Range(min, max == ABSENT ? min : max);
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

  private static Reader skipByteOrderMark(Reader in) throws IOException {
    java.io.PushbackReader pushback = new java.io.PushbackReader(in, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  private static String message(Exception e) {
    String m = String.valueOf(e.getMessage());
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null) {
      m = cause.getMessage();
    }
    String line = m.strip().split("\\R", 2)[0];
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** A row that cannot be read, with the column at fault; carries no stack trace. */
  private static final class BadRow extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String column;

    BadRow(String column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }
}
