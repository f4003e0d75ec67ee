package org.mdc.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/** Blocks are whole rows, start on the right line, and say truly whether they hold a quote. */
class BlockSplitterTest {

  @Test
  void everyBlockSaysWhetherItHoldsAQuote() throws Exception {
    Random random = new Random(11);
    String[] rows = {"a,1\n", "b,2\r\n", "\"c,d\",3\n", "\"e\nf\",4\n", "g,\"\"\"\"\n", "\n"};
    for (int run = 0; run < 500; run++) {
      StringBuilder csv = new StringBuilder("h,n\n");
      for (int i = random.nextInt(40); i > 0; i--) {
        csv.append(rows[random.nextInt(rows.length)]);
      }
      byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
      BlockSplitter splitter = new BlockSplitter(new ByteArrayInputStream(bytes), 1 + random.nextInt(16), 1 << 20);
      StringBuilder joined = new StringBuilder();
      long line = 1;
      for (BlockSplitter.Block b = splitter.header(); b != null; b = splitter.next()) {
        String text = new String(b.bytes(), 0, b.length(), StandardCharsets.UTF_8);
        assertThat(b.quoteFree()).as("block %s", text).isEqualTo(text.indexOf('"') < 0);
        assertThat(b.firstLine()).as("block %s", text).isEqualTo(line);
        line += text.chars().filter(c -> c == '\n').count();
        joined.append(text);
      }
      assertThat(joined.toString()).isEqualTo(csv.toString());
    }
  }

  /**
   * Commons CSV takes a quote inside an unquoted field as an ordinary character, so a stray quote
   * must not make the splitter believe a quoted field has begun; and a header ended by a lone CR
   * must not take the next row with it. Blocks parsed one by one give the records of the whole
   * file.
   */
  @Test
  void strayQuotesAndLoneCarriageReturnsDoNotMoveTheCuts() throws Exception {
    Random random = new Random(12);
    String[] rows = {"a,1\n", "b\"c,2\n", "d\",3\n", "\"e\"\"f\",4\n", "\"g\nh\",5\n", "\"\",6\n", "i,\"j\"\"\"\n",
      "k,l\"\"m\r\n", "\"\"\"\",7\n", "n,8\r", "\"o\rp\",9\r", "\r"};
    for (int run = 0; run < 1_000; run++) {
      String[] headers = {"h,n\n", "h\"x,n\n", "h,n\r", "h,n\r\n", "h,\"n\r\"\r"};
      StringBuilder csv = new StringBuilder(headers[random.nextInt(headers.length)]);
      for (int i = random.nextInt(30); i > 0; i--) {
        csv.append(rows[random.nextInt(rows.length)]);
      }
      byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
      BlockSplitter splitter = new BlockSplitter(new ByteArrayInputStream(bytes), 1 + random.nextInt(12), 1 << 20);
      List<List<String>> blockwise = new ArrayList<>();
      for (BlockSplitter.Block b = splitter.header(); b != null; b = splitter.next()) {
        blockwise.addAll(records(new String(b.bytes(), 0, b.length(), StandardCharsets.UTF_8)));
      }
      assertThat(blockwise).as("csv %s", csv).isEqualTo(records(csv.toString()));
    }
  }

  private static List<List<String>> records(String text) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
      parser.forEach(r -> records.add(r.toList()));
    }
    return records;
  }
}
