package org.mdc.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Objects;
import org.mdc.io.InputProblem;
import org.mdc.io.Parsed;
import org.mdc.io.Utf8;

/**
 * A mission list (CSV with a header row) being read: the one way into this package. {@link
 * #open} reads and checks the header; {@link #next} cuts the rest into blocks of whole rows, in
 * order, on one thread; each {@link Block} is then read on any thread into a sequence of (line,
 * mission entry) or located problems. How rows are split (quoted or not), how lines are counted
 * and where the text must be UTF-8 stays in here.
 */
public final class MissionList {

  /** Bytes per block: measured fastest on 2 cores among 128 KiB to 4 MiB, and small enough to keep memory flat. */
  public static final int BLOCK_BYTES = 128 << 10;
  /** The longest row accepted, in bytes; a longer one is almost surely an open quote. */
  public static final int MAX_ROW_BYTES = 32 << 20;

  private final String file;
  private final BlockSplitter splitter;
  private final RowValidator rows;
  private boolean stopped;

  private MissionList(String file, BlockSplitter splitter, RowValidator rows) {
    this.file = file;
    this.splitter = splitter;
    this.rows = rows;
  }

  /** Reads and checks the header of {@code in} (named {@code file} in problems), with blocks of the usual size. */
  public static Parsed<MissionList> open(String file, InputStream in) throws IOException {
    return open(file, in, BLOCK_BYTES);
  }

  /**
   * Reads and checks the header of {@code in}, to cut the rest into blocks of about {@code
   * blockBytes}; the problems that stop the file when the header is missing or wrong. Throws
   * only when the input cannot be read at all.
   */
  public static Parsed<MissionList> open(String file, InputStream in, int blockBytes) throws IOException {
    Objects.requireNonNull(file, "file");
    BlockSplitter splitter = new BlockSplitter(in, blockBytes, MAX_ROW_BYTES);
    BlockSplitter.Block header;
    List<String> names;
    do { // blank lines before the header are skipped, and counted
      try {
        header = splitter.header();
      } catch (BlockSplitter.Unreadable e) {
        return Parsed.failed(
            List.of(problem(file, e.line, (e.openQuote ? "cannot read the header row: " : "") + e.getMessage())));
      }
      if (header == null) {
        return Parsed.failed(List.of(problem(file, 1, HeaderCheck.EMPTY)));
      }
      try {
        String text = Utf8.decode(header.bytes(), 0, header.length()); // checks that it is UTF-8
        // Without a quote, the quote-free reader splits it, and a usual list loads no Commons CSV.
        names = header.quoteFree() ? QuoteFreeRows.values(header.bytes(), header.length())
            : QuotedRows.headerNames(text);
      } catch (CharacterCodingException e) {
        return Parsed.failed(List.of(problem(file, header.firstLine(), "the header row is not UTF-8 text")));
      } catch (IOException e) { // text after a closing quote: the text is in hand, so this is no I/O failure
        return Parsed.failed(
            List.of(problem(file, header.firstLine(), "cannot read the header row: " + e.getMessage())));
      }
    } while (HeaderCheck.isBlank(names));
    Parsed<RowValidator> checked = HeaderCheck.check(file, header.firstLine(), names);
    if (!checked.ok()) {
      return Parsed.failed(checked.problems());
    }
    return Parsed.of(new MissionList(file, splitter, checked.value().get()));
  }

  /**
   * The next block of rows, or null after the last. A place where the input cannot be cut further
   * (a quote never closed, a row beyond {@link #MAX_ROW_BYTES}) comes as a last block that reads
   * as that problem, at the line of the quote or the row.
   * Throws only when the input cannot be read.
   */
  public Block next() throws IOException {
    if (stopped) {
      return null;
    }
    try {
      BlockSplitter.Block block = splitter.next();
      return block == null ? null : new Block(block, null);
    } catch (BlockSplitter.Unreadable e) {
      stopped = true;
      return new Block(null,
          problem(file, e.line, e.getMessage() + (e.openQuote ? ": the file cannot be read past here" : "")));
    }
  }

  private static InputProblem problem(String file, long line, String message) {
    return new InputProblem(file, RowValidator.at(line), "", message);
  }

  /** A run of whole rows of the list, in the input's order; read once, on any thread. */
  public final class Block {
    private final BlockSplitter.Block bytes;
    private final InputProblem unreadable;

    private Block(BlockSplitter.Block bytes, InputProblem unreadable) {
      this.bytes = bytes;
      this.unreadable = unreadable;
    }

    /** The size of the block in bytes, to size what is made of it. */
    public int length() {
      return bytes == null ? 0 : bytes.length();
    }

    /**
     * Hands every row of the block to {@code handler}, in order: a mission entry with its line,
     * or a problem. Returns the problems that stop the whole file (a row that is not UTF-8 text,
     * a quote that breaks the CSV); empty when the block was read to its end or the handler
     * stopped it.
     */
    public List<InputProblem> read(RowHandler handler) {
      if (unreadable != null) {
        return List.of(unreadable);
      }
      if (bytes.quoteFree()) {
        return QuoteFreeRows.read(bytes.bytes(), bytes.length(), bytes.firstLine(), rows, handler);
      }
      String text;
      try {
        text = Utf8.decode(bytes.bytes(), 0, bytes.length()); // the quote-free reader checks each row itself
      } catch (CharacterCodingException e) {
        return List.of(problem(file, bytes.firstLine(), "this part of the file is not UTF-8 text"));
      }
      return QuotedRows.read(text, bytes.firstLine(), rows, handler);
    }
  }
}
