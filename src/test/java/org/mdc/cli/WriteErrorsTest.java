package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output that cannot be written is reported, never taken for success: a full disk or a closed
 * descriptor is exit 74 naming what could not be written; a closed pipe ends the run quietly
 * with 141; a temporary file never outlives the run, whatever ends it.
 */
class WriteErrorsTest {

  private static final String HEADER = "mission,region,population,largest_force_min,largest_force_max,troops\n";

  @TempDir Path dir;

  /** A standard output on a full disk. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private Path missions(int rows) throws IOException {
    Path csv = dir.resolve("big.csv");
    try (Writer out = Files.newBufferedWriter(csv)) {
      out.write(HEADER);
      for (int i = 0; i < rows; i++) {
        out.write("Mission number " + i + ",somewhere,1000000," + (100 + i % 50) + ",200," + (i % 5000) + "\n");
      }
    }
    return csv;
  }

  private List<String> partFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).collect(Collectors.toList());
    }
  }

  @ParameterizedTest(name = "mdc {0}")
  @ValueSource(strings = {"assess examples/darfur-2014.yaml", "assess examples/darfur-2014.yaml --format json",
      "assess examples/darfur-2014.yaml --format html", "compare examples/table1.csv",
      "compare examples/table1.csv --format markdown", "check examples/mandates", "check examples/mandates --format sarif",
      "rules", "rules --format yaml", "schema zone", "init -", "completion bash", "--help", "--version"})
  void everyCommandReportsAStandardOutputItCannotWrite(String args) {
    CliRun run = CliRun.withStdout(new FullDisk(), new ByteArrayInputStream(new byte[0]), args.split(" "));
    assertThat(run.code()).as(run.err()).isEqualTo(74);
    assertThat(run.err()).contains("mdc: standard output: cannot be written (No space left on device)")
        .doesNotContain("rows read").doesNotContain("Exception");
  }

  @Test
  void aFullDeviceAsStandardOutputIsExit74() throws Exception {
    ChildMdc.Result run = ChildMdc.run(ChildMdc.command(List.of(), "assess", "examples/darfur-2014.yaml"),
        new File("/dev/full"));
    assertThat(run.code()).as(run.err()).isEqualTo(74);
    assertThat(run.err()).isEqualTo("mdc: standard output: cannot be written (No space left on device)\n");
  }

  @Test
  void aClosedStandardOutputIsExit74() throws Exception {
    ChildMdc.Result run = ChildMdc.run(ChildMdc.inShell("", ">&-", List.of(), "rules"), new File("/dev/null"));
    assertThat(run.code()).as(run.err()).isEqualTo(74);
    assertThat(run.err()).startsWith("mdc: standard output: cannot be written (");
  }

  @Test
  void aPipeClosedByItsReaderEndsTheRunQuietlyWith141() throws Exception {
    Path csv = missions(100_000);
    File err = dir.resolve("err.txt").toFile();
    Process mdc = new ProcessBuilder(ChildMdc.command(List.of(), "compare", csv.toString()))
        .redirectError(err).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(mdc.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).startsWith("mission,region,"); // as head -1 does, then the pipe closes
    }
    assertThat(mdc.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(mdc.exitValue()).isEqualTo(141);
    assertThat(Files.readString(err.toPath())).doesNotContain("rows read").doesNotContain("Exception");
  }

  /**
   * A full device: a node of our own where the test may make one (as root, a regression that
   * replaced the device with a file must not damage the machine's /dev/full), else /dev/full.
   */
  private Path fullDevice() throws Exception {
    Path node = dir.resolve("full");
    Process mknod = new ProcessBuilder("mknod", node.toString(), "c", "1", "7").redirectErrorStream(true)
        .redirectOutput(new File("/dev/null")).start();
    return mknod.waitFor() == 0 ? node : Path.of("/dev/full");
  }

  @Test
  void compareOntoAFullDeviceNamesTheOutputNotTheInput() throws Exception {
    Path full = fullDevice();
    CliRun run = CliRun.of("compare", "examples/table1.csv", "--output", full.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(74);
    assertThat(run.err()).contains("mdc: " + full + ": cannot be written (No space left on device)")
        .doesNotContain("cannot be read").doesNotContain("rows read");
    assertThat(Files.isRegularFile(full)).as("the device is still a device").isFalse();
  }

  @Test
  void outputToADescriptorsNameWritesThroughItEvenOntoAFile() throws Exception {
    Path log = dir.resolve("log.txt");
    Files.writeString(log, "");
    Object inode = Files.getAttribute(log, "unix:ino");
    Process mdc = new ProcessBuilder(ChildMdc.command(List.of(), "compare", "examples/table1.csv", "--output",
        "/dev/stderr", "--quiet")).redirectOutput(new File("/dev/null")).redirectError(log.toFile()).start();
    assertThat(mdc.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(mdc.exitValue()).isZero();
    assertThat(Files.getAttribute(log, "unix:ino")).as("the file the descriptor writes to was not replaced")
        .isEqualTo(inode);
    assertThat(Files.readAllLines(log)).hasSize(4);
  }

  @Test
  void aFullDiskUnderCompareOutputLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path csv = missions(2_000);
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "precious\n");
    // A file-size limit makes writes past 4 KiB fail as a full disk does.
    ChildMdc.Result run = ChildMdc.run(ChildMdc.inShell("ulimit -f 4;", "", List.of("-XX:-UsePerfData"),
        "compare", csv.toString(), "--output", out.toString()), new File("/dev/null"));
    assertThat(run.code()).as(run.err()).isEqualTo(74);
    assertThat(run.err()).contains("mdc: " + out + ": cannot be written (").contains("left untouched")
        .doesNotContain("cannot be read");
    assertThat(Files.readString(out)).isEqualTo("precious\n");
    assertThat(partFiles()).isEmpty();
  }

  @Test
  void initOnAFullDiskLeavesNothingAndTheNextInitWorks() throws Exception {
    Path zone = dir.resolve("zone.yaml");
    ChildMdc.Result run = ChildMdc.run(ChildMdc.inShell("ulimit -f 1;", "", List.of("-XX:-UsePerfData"),
        "init", zone.toString()), new File("/dev/null"));
    assertThat(run.code()).as(run.err()).isEqualTo(74);
    assertThat(run.err()).contains(zone + ": cannot be written (");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    assertThat(CliRun.of("init", zone.toString()).code()).isZero();
  }

  @ParameterizedTest(name = "SIG{0}")
  @ValueSource(strings = {"TERM", "INT"})
  void aSignalDuringCompareOutputLeavesNoTemporaryFile(String signal) throws Exception {
    Path fifo = dir.resolve("missions.csv");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path out = dir.resolve("out.csv");
    Process mdc = new ProcessBuilder(ChildMdc.command(List.of(), "compare", fifo.toString(), "--output", out.toString()))
        .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    try (Writer input = Files.newBufferedWriter(fifo)) { // opens once mdc has opened it
      input.write(HEADER);
      for (int i = 0; i < 20_000; i++) {
        input.write("M" + i + ",r,1000000,100,200,5000\n");
      }
      input.flush();
      for (int i = 0; i < 600 && partFiles().isEmpty(); i++) {
        Thread.sleep(50);
      }
      assertThat(partFiles()).as("mdc writes aside while the list is still coming").isNotEmpty();
      assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(mdc.pid())).start().waitFor()).isZero();
      assertThat(mdc.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } catch (IOException e) {
      // the reader went away with mdc
    }
    assertThat(partFiles()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExit70() throws Exception {
    Path csv = missions(300_000);
    ChildMdc.Result run = ChildMdc.run(ChildMdc.command(List.of("-Xmx24m"), "compare", csv.toString(), "--sort",
        "mission", "--output", dir.resolve("sorted.csv").toString()), new File("/dev/null"));
    assertThat(run.code()).as(run.err()).isEqualTo(70);
    assertThat(run.err()).isEqualTo("mdc: out of memory: give the Java heap more room through MDC_JAVA_OPTS, for"
        + " example MDC_JAVA_OPTS=-Xmx4g\n");
    assertThat(partFiles()).isEmpty();
  }
}
