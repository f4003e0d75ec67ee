package org.mdc.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.mdc.assessment.Comparer;
import org.mdc.assessment.Comparison;
import org.mdc.io.InputProblem;
import org.mdc.io.Location;
import org.mdc.io.MissionRows;
import org.mdc.io.Parsed;
import org.mdc.io.Utf8;
import org.mdc.model.MissionEntry;
import org.mdc.report.ComparisonRenderer;

/**
 * Runs {@code mdc compare} over a mission list: the file is cut into blocks of whole rows, the
 * blocks are parsed, compared and rendered on every core, and the main thread writes them in
 * the input's order. At most a few blocks are in flight, so memory stays flat however long the
 * list (unless the output is sorted, which holds every row).
 */
public final class ComparePipeline {

  /** Bytes per block: measured fastest on 2 cores among 128 KiB to 4 MiB, and small enough to keep memory flat. */
  static final int BLOCK_BYTES = 128 << 10;
  /** The longest row accepted, in bytes; a longer one is almost surely an open quote. */
  public static final int MAX_ROW_BYTES = 32 << 20;

  /** Makes a renderer that writes to a given stream. */
  @FunctionalInterface
  public interface RendererFactory {
    ComparisonRenderer create(OutputStream out) throws IOException;
  }

  /**
   * What to do with the rows.
   *
   * @param onlyShort keep only missions short of either minimum
   * @param sort an order to sort by, or null to keep the input's order (and stream)
   * @param strict stop at the first bad row
   * @param threads how many blocks to work on at once
   */
  public record Options(boolean onlyShort, Comparator<Comparison> sort, boolean strict, int threads) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
    }
  }

  /**
   * How a run went.
   *
   * @param read data rows read, good and bad
   * @param written rows written
   * @param rejected bad rows reported
   * @param shortCount missions short of either minimum, written or not
   * @param fatal problems that stopped the run (empty when it ran to the end)
   * @param stopped true when --strict stopped at a bad row
   */
  public record Summary(long read, long written, long rejected, long shortCount, List<InputProblem> fatal,
      boolean stopped) {
    public Summary {
      fatal = List.copyOf(fatal);
    }
  }

  private final String file;
  private final Comparer comparer;
  private final RendererFactory renderers;
  private final Options options;

  public ComparePipeline(String file, Comparer comparer, RendererFactory renderers, Options options) {
    this.file = Objects.requireNonNull(file, "file");
    this.comparer = Objects.requireNonNull(comparer, "comparer");
    this.renderers = Objects.requireNonNull(renderers, "renderers");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Compares every row of {@code in}, writes the output to {@code out}, and hands each bad row
   * to {@code rejected} as it is found, in the input's order.
   */
  public Summary run(InputStream in, OutputStream out, Consumer<InputProblem> rejected) throws IOException {
    BlockSplitter splitter = new BlockSplitter(in, BLOCK_BYTES, MAX_ROW_BYTES);
    MissionRows rows;
    try {
      BlockSplitter.Block header = splitter.header();
      if (header == null) {
        return fatal(problem(1, "the file is empty: expected a header row with "
            + String.join(", ", MissionRows.REQUIRED) + " and largest_force"));
      }
      String headerText = decode(header);
      List<String> names;
      try {
        names = MissionRows.headerNames(headerText);
      } catch (IOException e) { // a quote left open, say: the text is in hand, so this is no I/O failure
        return fatal(problem(1, "cannot read the header row: " + e.getMessage()));
      }
      Parsed<MissionRows> parsed = MissionRows.withHeader(file, names);
      if (!parsed.ok()) {
        return fatal(parsed.problems());
      }
      rows = parsed.value().get();
    } catch (BlockSplitter.RowTooLong e) {
      return fatal(problem(e.line, e.getMessage()));
    } catch (CharacterCodingException e) {
      return fatal(problem(1, "the header row is not UTF-8 text"));
    }
    BlockBuffer mainBuffer = new BlockBuffer(1 << 16);
    ComparisonRenderer renderer = renderers.create(mainBuffer);
    renderer.begin();
    renderer.flush();
    mainBuffer.drainTo(out);
    Totals totals = new Totals();
    List<Comparison> sorted = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "mdc-compare");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<BlockResult>> inFlight = new ArrayDeque<>();
    try {
      BlockSplitter.Block block;
      while (true) {
        try {
          block = splitter.next();
        } catch (BlockSplitter.RowTooLong e) {
          drainAll(inFlight, out, rejected, totals, sorted);
          return totals.summary(List.of(problem(e.line, e.getMessage())));
        }
        if (block == null) {
          break;
        }
        BlockSplitter.Block work = block;
        inFlight.add(pool.submit(() -> process(rows, work)));
        while (inFlight.size() > options.threads() * 2) {
          if (!drain(inFlight.poll(), out, rejected, totals, sorted)) {
            return totals.summary(totals.fatal);
          }
        }
      }
      if (!drainAll(inFlight, out, rejected, totals, sorted)) {
        return totals.summary(totals.fatal);
      }
    } finally {
      pool.shutdownNow();
    }
    if (options.sort() != null) {
      sorted.sort(options.sort());
      int row = 0;
      for (Comparison c : sorted) {
        renderer.row(c);
        if (++row % 1024 == 0) {
          renderer.flush();
          mainBuffer.drainTo(out);
        }
      }
      totals.written += sorted.size();
    }
    renderer.end();
    renderer.flush();
    mainBuffer.drainTo(out);
    out.flush();
    return totals.summary(List.of());
  }

  private boolean drainAll(ArrayDeque<Future<BlockResult>> inFlight, OutputStream out, Consumer<InputProblem> rejected,
      Totals totals, List<Comparison> sorted) throws IOException {
    while (!inFlight.isEmpty()) {
      if (!drain(inFlight.poll(), out, rejected, totals, sorted)) {
        return false;
      }
    }
    return true;
  }

  /** Writes one finished block; false when the run must stop. */
  private boolean drain(Future<BlockResult> future, OutputStream out, Consumer<InputProblem> rejected, Totals totals,
      List<Comparison> sorted) throws IOException {
    BlockResult result;
    try {
      result = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
    result.rejected.forEach(rejected);
    totals.read += result.read;
    totals.rejected += result.rejected.size();
    totals.shortCount += result.shortCount;
    if (options.sort() != null) {
      sorted.addAll(result.comparisons);
    } else {
      result.rendered.drainTo(out);
      totals.written += result.written;
    }
    if (!result.fatal.isEmpty()) {
      totals.fatal = result.fatal;
      return false;
    }
    if (options.strict() && !result.rejected.isEmpty()) {
      totals.stopped = true;
      return false;
    }
    return true;
  }

  /** Parses, compares and renders one block; runs on a worker thread. */
  private BlockResult process(MissionRows rows, BlockSplitter.Block block) throws IOException {
    BlockResult result = new BlockResult();
    String text = null;
    try {
      if (!block.quoteFree()) {
        text = decode(block); // the quote-free reader checks each row itself
      }
    } catch (CharacterCodingException e) {
      result.fatal = List.of(problem(block.firstLine(), "this part of the file is not UTF-8 text"));
      return result;
    }
    // Sorted runs keep the comparisons, not their text; CSV takes about twice the input's bytes.
    BlockBuffer buffer = options.sort() == null ? new BlockBuffer(block.length() * 2 + block.length() / 2) : null;
    ComparisonRenderer renderer = buffer == null ? null : renderers.create(buffer);
    MissionRows.Handler handler = new MissionRows.Handler() {
      @Override
      public void entry(long line, MissionEntry entry) {
        result.read++;
        Comparison comparison = comparer.compare(entry);
        if (comparison.isShort()) {
          result.shortCount++;
        } else if (options.onlyShort()) {
          return;
        }
        if (renderer == null) {
          result.comparisons.add(comparison);
          return;
        }
        try {
          renderer.row(comparison);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        result.written++;
      }

      @Override
      public boolean rejected(InputProblem problem) {
        result.read++;
        result.rejected.add(problem);
        return !options.strict();
      }
    };
    result.fatal = text == null
        ? rows.readQuoteFreeBlock(block.bytes(), block.length(), block.firstLine(), handler)
        : rows.readBlock(new StringReader(text), block.firstLine(), handler);
    if (renderer != null) {
      renderer.flush();
      result.rendered = buffer;
    }
    return result;
  }

  private static String decode(BlockSplitter.Block block) throws CharacterCodingException {
    return Utf8.decode(block.bytes(), 0, block.length());
  }

  private InputProblem problem(long line, String message) {
    return new InputProblem(file, new Location((int) Math.min(Math.max(line, 1), Integer.MAX_VALUE), 1), "", message);
  }

  private static Summary fatal(InputProblem problem) {
    return fatal(List.of(problem));
  }

  private static Summary fatal(List<InputProblem> problems) {
    return new Summary(0, 0, 0, 0, problems, false);
  }

  /** What one block gave. */
  private static final class BlockResult {
    long read;
    long written;
    long shortCount;
    final List<InputProblem> rejected = new ArrayList<>();
    final List<Comparison> comparisons = new ArrayList<>();
    List<InputProblem> fatal = List.of();
    BlockBuffer rendered = new BlockBuffer(16);
  }

  /** Running totals, kept by the main thread. */
  private static final class Totals {
    long read;
    long written;
    long rejected;
    long shortCount;
    boolean stopped;
    List<InputProblem> fatal = List.of();

    Summary summary(List<InputProblem> fatalProblems) {
      return new Summary(read, written, rejected, shortCount, fatalProblems, stopped);
    }
  }
}
