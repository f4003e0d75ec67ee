package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare's progress line on standard error, seen through a fake terminal. */
class ProgressTest {

  @TempDir Path dir;

  /** A fake terminal whose clock moves {@code step} nanoseconds each time it is read. */
  private static Terminal.Device terminal(boolean errorIsTerminal, Map<String, String> env, long step) {
    return new Terminal.Device() {
      private long now;

      @Override
      public boolean errorIsTerminal() {
        return errorIsTerminal;
      }

      @Override
      public String env(String name) {
        return env.get(name);
      }

      @Override
      public long nanoTime() {
        now += step;
        return now;
      }
    };
  }

  private static final long SLOW = 300_000_000L; // every block takes 0.3 s: each one redraws

  /** A list of {@code rows} missions, every 1,000th of them bad. */
  private Path missions(int rows) throws IOException {
    Path csv = dir.resolve("missions.csv");
    try (Writer out = Files.newBufferedWriter(csv)) {
      out.write("mission,population,troops,largest_force\n");
      for (int i = 0; i < rows; i++) {
        out.write("Mission " + i + "," + (i % 1000 == 999 ? "many" : "1000000") + "," + i % 5000 + ",3000\n");
      }
    }
    return csv;
  }

  private static String err(Terminal.Device device, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayOutputStream(), new PrintWriter(err), java.io.InputStream.nullInputStream(),
        device, args);
    assertThat(code).isEqualTo(65); // the bad rows
    return err.toString();
  }

  @Test
  void aTerminalSeesRowsRateShareAndTimeLeftRedrawnOnOneLine() throws IOException {
    String csv = missions(40_000).toString();
    String err = err(terminal(true, Map.of("TERM", "xterm"), SLOW), "compare", csv);
    assertThat(err).contains("\r\033[Kmdc compare: ").contains(" rows/s, ").contains("% of 1.")
        .contains(" MiB, about ").contains(" s left");
    // every other line starts clean: the progress is erased before a problem or the summary
    for (String line : err.split("\n")) {
      String shown = line.substring(line.lastIndexOf("\r\033[K") + 1);
      assertThat(shown).as(line).doesNotContain("rows/s");
    }
    assertThat(err).contains("\r\033[Kmdc compare: 40000 rows read, ");
    assertThat(Arrays.stream(err.split("\n")).filter(l -> l.contains("population: ")).count()).isEqualTo(40);
  }

  @Test
  void standardInputHasNoShareNorEstimate() throws IOException {
    StringWriter err = new StringWriter();
    Main.run(new ByteArrayOutputStream(), new PrintWriter(err), Files.newInputStream(missions(40_000)),
        terminal(true, Map.of(), SLOW), "compare", "-");
    assertThat(err.toString()).contains(" rows/s").doesNotContain("% of").doesNotContain("left");
  }

  @Test
  void noProgressOffATerminalUnderQuietOrOnADumbTerminal() throws IOException {
    String csv = missions(40_000).toString();
    assertThat(err(terminal(false, Map.of(), SLOW), "compare", csv)).doesNotContain("\r").doesNotContain("rows/s");
    assertThat(err(terminal(true, Map.of("TERM", "dumb"), SLOW), "compare", csv)).doesNotContain("\r");
    assertThat(err(terminal(true, Map.of(), SLOW), "compare", csv, "--quiet")).doesNotContain("\r")
        .doesNotContain("rows/s");
  }

  @Test
  void aShortRunNeverShowsIt() throws IOException {
    String csv = missions(40_000).toString();
    assertThat(err(terminal(true, Map.of(), 1_000_000L), "compare", csv)).doesNotContain("\r");
  }

  @Test
  void theLineIsShortAndItsFiguresRound() {
    String line = ProgressLine.line(1_234_567, 50L << 20, 3_000_000_000L, OptionalLong.of(200L << 20));
    assertThat(line).isEqualTo("mdc compare: 1,234,567 rows, 411,522 rows/s, 25% of 200 MiB, about 9 s left");
    assertThat(line.length()).isLessThan(80);
    assertThat(ProgressLine.line(10, 1, 600_000_000_000L, OptionalLong.of(1000))).endsWith("about 999,990 min left"
        .replace("999,990", String.valueOf((600L * 999 + 30) / 60)));
  }
}
