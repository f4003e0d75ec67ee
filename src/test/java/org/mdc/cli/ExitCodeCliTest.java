package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exit code {@code --help} lists, reached from the command line (out of memory, also 70,
 * is in {@link WriteErrorsTest}, as it needs a child JVM).
 */
class ExitCodeCliTest {

  @TempDir Path dir;

  /** A standard output whose every write fails with {@code reason}. */
  private static OutputStream failing(String reason) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(reason);
      }
    };
  }

  /** An input that gives {@code head}, then fails with {@code failure}. */
  private static InputStream breaking(String head, RuntimeException unchecked) {
    return new InputStream() {
      private final InputStream start = new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8));

      @Override
      public int read() throws IOException {
        int b = start.read();
        if (b >= 0) {
          return b;
        }
        if (unchecked != null) {
          throw unchecked;
        }
        throw new IOException("Input/output error");
      }
    };
  }

  @Test
  void done0() {
    assertThat(CliRun.of("assess", "examples/darfur-2014.yaml").code()).isZero();
  }

  @Test
  void findings1() {
    assertThat(CliRun.of("check", "examples/mandates/troops-short.yaml").code()).isEqualTo(1);
  }

  @Test
  void badUsage2() {
    assertThat(CliRun.of("assess", "examples/darfur-2014.yaml", "--no-such-option").code()).isEqualTo(2);
    CliRun failOn = CliRun.of("check", "examples/mandates/troops-short.yaml", "--fail-on", "sometimes");
    assertThat(failOn.code()).isEqualTo(2);
    assertThat(failOn.err()).contains("Invalid value for option '--fail-on': expected error, warning, note or never,"
        + " found 'sometimes'");
  }

  @Test
  void badData65() {
    CliRun run = CliRun.withStdin("name: X\npopulation: many\n", "assess", "-");
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains("-:2:13: population: ");
  }

  @Test
  void missingInput66() {
    assertThat(CliRun.of("assess", dir.resolve("none.yaml").toString()).code()).isEqualTo(66);
  }

  @Test
  void anInputThatFailsPartWayIs66NotBadData() {
    String csv = "mission,population,troops,largest_force\n" + "A,1000000,10,100\n".repeat(20);
    CliRun run = CliRun.withStdin(breaking(csv, null), "compare", "-");
    assertThat(run.code()).isEqualTo(66);
    assertThat(run.err()).contains("mdc: -: cannot be read (Input/output error)").doesNotContain("rows read");
  }

  @Test
  void internal70() {
    CliRun run = CliRun.withStdin(breaking("name: X\n", new IllegalStateException("a bug")), "assess", "-");
    assertThat(run.code()).isEqualTo(70);
    assertThat(run.err()).contains("mdc: internal error: ").contains("please report this");
  }

  @Test
  void cannotCreate73() {
    assertThat(CliRun.of("init", dir.resolve("no/such/folder/zone.yaml").toString()).code()).isEqualTo(73);
  }

  @Test
  void cannotWrite74() {
    CliRun run = CliRun.withStdout(failing("No space left on device"), InputStream.nullInputStream(), "rules");
    assertThat(run.code()).isEqualTo(74);
    assertThat(run.err()).contains("mdc: standard output: cannot be written (No space left on device)");
  }

  @Test
  void closedPipe141() {
    CliRun run = CliRun.withStdout(failing("Broken pipe"), InputStream.nullInputStream(), "rules");
    assertThat(run.code()).isEqualTo(141);
    assertThat(run.err()).isEmpty();
  }
}
