package org.mdc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mdc.assessment.Assessor;
import org.mdc.assessment.Comparer;
import org.mdc.batch.ComparePipeline;
import org.mdc.check.MandateCheck;
import org.mdc.io.InputProblem;
import org.mdc.io.Parsed;
import org.mdc.io.RulebookReader;
import org.mdc.io.SuppressionComment;
import org.mdc.io.SuppressionComments;
import org.mdc.io.ZoneDocument;
import org.mdc.io.ZoneReader;
import org.mdc.io.csv.CsvReading;
import org.mdc.io.csv.MissionList;
import org.mdc.io.csv.RowEvents;
import org.mdc.io.csv.RowHandler;
import org.mdc.model.MissionEntry;
import org.mdc.report.CsvComparison;
import org.mdc.report.JsonReport;
import org.mdc.report.TextReport;
import org.mdc.rules.RuleSet;

/**
 * Fuzz targets for the parsers of untrusted input. With no environment variable they run their
 * seed corpus (src/test/resources/org/mdc/fuzz/ParserFuzzTestInputs/) as regression tests; with
 * JAZZER_FUZZ=1 Jazzer fuzzes one of them for up to 10 minutes (see the README). Any exception other than the
 * parser's own answer (problems with a place) is a crash.
 */
class ParserFuzzTest {

  private static final RuleSet RULES = RuleSet.defaults();

  /** A zone file never throws: it is read into a zone, which assesses and renders, or refused with problems. */
  @FuzzTest(maxDuration = "10m")
  void zoneFile(byte[] bytes) {
    Parsed<ZoneDocument> parsed = ZoneReader.read("fuzz.yaml", bytes);
    if (!parsed.ok()) {
      assertThat(parsed.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.describe()).startsWith("fuzz.yaml:"));
      return;
    }
    var assessment = new Assessor(RULES).assess(parsed.value().get().zone());
    new TextReport(RULES).render(assessment, new PrintWriter(new StringWriter()));
    new JsonReport(RULES).render(assessment, new PrintWriter(new StringWriter()));
    if (parsed.value().get().hasSnapshots()) {
      var timeline = org.mdc.assessment.Timeline.of(new Assessor(RULES), parsed.value().get().timeline());
      new TextReport(RULES).render(timeline, new PrintWriter(new StringWriter()));
      new JsonReport(RULES).render(timeline, new PrintWriter(new StringWriter()));
      new org.mdc.report.HtmlReport(RULES).render(timeline, new PrintWriter(new StringWriter()));
    }
  }

  /**
   * A mandate draft, possibly naming a zone file (here: always the same bytes back), never throws;
   * nor does telling a draft from other YAML.
   */
  @FuzzTest(maxDuration = "10m")
  void mandateFile(byte[] bytes) {
    ZoneReader.looksLikeMandate("fuzz.yaml", bytes);
    Parsed<ZoneDocument> parsed = ZoneReader.readMandate("fuzz.yaml", bytes, name -> bytes);
    List<SuppressionComment> comments = SuppressionComments.read("fuzz.yaml", bytes);
    // Each suppression found is a real comment: its place in the text holds the '#' that opens it.
    String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    String[] lines = SuppressionComments.lines(text);
    for (SuppressionComment c : comments) {
      int[] line = lines[c.line() - 1].codePoints().toArray();
      assertThat(line[c.place().column() - 1]).as("%s in %s", c, text).isEqualTo('#');
      assertThat(c.lastLine()).isLessThanOrEqualTo(lines.length);
    }
    if (parsed.ok()) {
      new Assessor(RULES).assess(parsed.value().get().zone());
      new MandateCheck(new Assessor(RULES)).check(parsed.value().get(), comments);
    }
  }

  /** A rulebook never throws, and a rulebook it accepts always builds a rule set. */
  @FuzzTest(maxDuration = "10m")
  void rulebook(byte[] bytes) {
    RulebookReader.read("fuzz.yaml", bytes).value().ifPresent(RuleSet::of);
  }

  /** The CSV row reader never throws: every row is an entry or a problem with a line. */
  @FuzzTest(maxDuration = "10m")
  void csvRows(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Comparer comparer = new Comparer(RULES);
    CsvReading.reference("fuzz.csv", text, new RowHandler() {
      @Override
      public void entry(long line, MissionEntry entry) {
        assertThat(line).isPositive();
        comparer.compare(entry);
      }

      @Override
      public boolean rejected(InputProblem problem) {
        assertThat(problem.location().line()).isPositive();
        return true;
      }
    });
  }

  /**
   * The whole streaming pipeline, blocks and byte-level fast path included, never throws on any
   * bytes; and on UTF-8 text it writes and rejects exactly what the plain path does (Commons CSV
   * over the whole decoded file, each entry compared and rendered), and stops where it stops: a
   * quote left open or text after a closing quote stops both, after the same rows. The input goes
   * through in blocks of the usual size (one block, for inputs this small) and in blocks of a few
   * bytes (a block for about every row, quoted and quote-free ones mixed).
   */
  @FuzzTest(maxDuration = "10m")
  void comparePipeline(byte[] bytes) throws IOException {
    Comparer comparer = new Comparer(RULES);
    for (int blockBytes : new int[] {MissionList.BLOCK_BYTES, 16}) {
      ComparePipeline pipeline = new ComparePipeline("fuzz.csv", comparer, CsvComparison::new,
          new ComparePipeline.Options(false, null, false, 2, blockBytes));
      List<String> rejected = new ArrayList<>();
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      ComparePipeline.Summary summary =
          pipeline.run(new ByteArrayInputStream(bytes), written, p -> rejected.add(p.describe()));
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
        continue;
      }
      List<String> plainRejected = new ArrayList<>();
      ByteArrayOutputStream plain = new ByteArrayOutputStream();
      CsvComparison renderer = new CsvComparison(plain);
      renderer.begin();
      List<InputProblem> fatal = CsvReading.reference("fuzz.csv", text, new RowHandler() {
        @Override
        public void entry(long line, MissionEntry entry) {
          try {
            renderer.row(comparer.compare(entry));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }

        @Override
        public boolean rejected(InputProblem problem) {
          plainRejected.add(problem.describe());
          return true;
        }
      });
      assertThat(summary.fatal()).as("blocks of %d bytes: %s", blockBytes, summary.fatal()).hasSize(fatal.size());
      assertThat(rejected).as("blocks of %d bytes", blockBytes).isEqualTo(plainRejected);
      if (written.size() > 0) { // a header it refuses writes nothing; the plain path's begin() wrote one
        assertThat(written.toString(StandardCharsets.UTF_8)).as("blocks of %d bytes", blockBytes)
            .isEqualTo(plain.toString(StandardCharsets.UTF_8));
      }
    }
  }

  /** Differential: on text without quotes the fast path reads exactly what Commons CSV reads. */
  @FuzzTest(maxDuration = "10m")
  void quoteFreeFastPathAgreesWithCommonsCsv(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString().replace("\"", "");
    List<String> header = List.of("mission", "region", "population", "largest_force", "troops");
    assertThat(RowEvents.of(header, text, true)).isEqualTo(RowEvents.of(header, text, false));
  }
}
