package org.mdc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Blocks are whole rows, start on the right line, and say truly whether they hold a quote. */
class BlockSplitterTest {

  @Test
  void everyBlockSaysWhetherItHoldsAQuote() throws IOException {
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
}
