package org.mdc.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Opens the package-private splitter to tests in other packages. */
public final class BlockSplitterProbe {

  private final BlockSplitter splitter;

  public BlockSplitterProbe(byte[] input, int target) {
    this.splitter = new BlockSplitter(new ByteArrayInputStream(input), target, 1 << 20);
  }

  /** The header, then every block, as text. */
  public List<String> blocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    for (BlockSplitter.Block b = splitter.header(); b != null; b = splitter.next()) {
      blocks.add(new String(b.bytes(), 0, b.length(), StandardCharsets.UTF_8));
    }
    return blocks;
  }
}
