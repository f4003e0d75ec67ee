package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short commands link no lambda of mdc's own. Each lambda or method reference is linked the
 * first time it runs, about 85 microseconds in a fresh JVM even from the class-data archive (a
 * class costs about 10): an assess once linked 118 of them, a tenth of its time (README,
 * "Start-up"). The JVM's class-loading log names every lambda class it makes, after the class
 * that holds the lambda; this test reads that log from a real run.
 */
class StartupLambdasTest {

  /** A lambda class in the JVM's class-loading log: {@code org.mdc.rules.Foo$$Lambda$12/0x...}. */
  private static final Pattern LAMBDA = Pattern.compile("\\] (\\S+)\\$\\$Lambda\\S*");

  @TempDir
  Path dir;

  @Test
  void assessLinksNoLambdaOfMdc() throws Exception {
    assertThat(lambdaHosts("assess", "examples/darfur-2014.yaml"))
        .as("classes of mdc whose lambdas an assess links; write a loop, a test or a small class instead")
        .noneMatch(host -> host.startsWith("org.mdc."));
  }

  @Test
  void checkOnOneDraftLinksOnlyItsTwoFileLambdas() throws Exception {
    // The file filter given to Drafts.read and the zone loader given to ZoneReader.readMandate.
    assertThat(lambdaHosts("check", "examples/mandates/troops-enough.yaml"))
        .filteredOn(host -> host.startsWith("org.mdc."))
        .as("classes of mdc whose lambdas a check on one draft links")
        .containsExactlyInAnyOrder("org.mdc.cli.CheckCommand", "org.mdc.cli.CheckCommand$Drafts$Draft");
  }

  @Test
  void compareOfAListWithoutQuotesLinksNoLambdaAtAll() throws Exception {
    // Nothing on its way links one: not mdc's code, not picocli's regular expressions (made
    // lazily, pom.xml), not the converters' exclusion (literal words, Main.EXCLUDED_CONVERTERS),
    // not Commons CSV (not loaded for a list without quotes). The first lambda costs milliseconds.
    Path list = dir.resolve("list.csv");
    Files.writeString(list, "mission,population,largest_force,troops\nM1,6000000,40000,15362\n");
    List<String> classes = loadedClasses("compare", list.toString());
    assertThat(hosts(classes)).as("classes whose lambdas a compare links").isEmpty();
    assertThat(classes).as("classes loaded by a compare")
        .noneMatch(c -> c.contains(" java.time.") || c.contains(" java.sql.") || c.contains(" org.apache.commons.csv."));
  }

  @Test
  void everyConverterLeftOutIsNamedByTheExclusion() {
    for (String name : List.of("java.sql.Time", "java.sql.Timestamp", "java.sql.Connection", "java.sql.Driver",
        "java.time.Duration", "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
        "java.time.MonthDay", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.Period", "java.time.Year",
        "java.time.YearMonth", "java.time.ZonedDateTime", "java.time.ZoneId", "java.time.ZoneOffset", "java.nio.file.Path")) {
      assertThat(name.matches(Main.EXCLUDED_CONVERTERS)).as(name).isTrue();
    }
    assertThat("java.lang.String".matches(Main.EXCLUDED_CONVERTERS)).isFalse();
    assertThat("java.time.LocalDateX".matches(Main.EXCLUDED_CONVERTERS)).isFalse();
  }

  @Test
  void theLogIsReadAsTheJvmWritesIt() throws Exception {
    // Guards the two tests above against a log they could not read: the JDK's own regular
    // expressions, which picocli and SnakeYAML use on every run, link lambdas of java.util.regex.
    assertThat(lambdaHosts("assess", "examples/darfur-2014.yaml")).anyMatch(host -> host.startsWith("java.util.regex."));
  }

  /** The classes holding the lambdas a run of {@code args} links, one entry per lambda. */
  private List<String> lambdaHosts(String... args) throws Exception {
    return hosts(loadedClasses(args));
  }

  /** The lines of the JVM's class-loading log of a run of {@code args}. */
  private List<String> loadedClasses(String... args) throws Exception {
    Path log = dir.resolve("classes.log");
    ChildMdc.Result run = ChildMdc.run(
        ChildMdc.command(List.of("-Xshare:off", "-Xlog:class+load=info:file=" + log), args), new File("/dev/null"));
    assertThat(run.code()).as(run.err()).isZero();
    return Files.readAllLines(log, StandardCharsets.UTF_8);
  }

  private static List<String> hosts(List<String> classes) {
    List<String> hosts = new ArrayList<>();
    for (String line : classes) {
      Matcher m = LAMBDA.matcher(line);
      if (m.find()) {
        hosts.add(m.group(1));
      }
    }
    return hosts;
  }
}
