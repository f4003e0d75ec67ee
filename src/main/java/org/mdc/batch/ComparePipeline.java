package org.mdc.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.mdc.assessment.Comparer;
import org.mdc.assessment.Comparison;
import org.mdc.io.InputProblem;
import org.mdc.io.Parsed;
import org.mdc.io.csv.MissionList;
import org.mdc.io.csv.RowHandler;
import org.mdc.model.MissionEntry;
import org.mdc.report.ComparisonRenderer;

/**
 * Runs {@code mdc compare} over a mission list: the file is cut into blocks of whole rows, the
 * blocks are parsed, compared and rendered on every core, and the main thread writes them in
 * the input's order. At most a few blocks are in flight, so memory stays flat however long the
 * list (unless the output is sorted, which holds every row).
 */
public final class ComparePipeline {

  /**
   * Told how far a run has come, on the thread that writes the output in order, after each
   * block; it must be quick, since it runs once per block.
   */
  @FunctionalInterface
  public interface Progress {
    /** {@code rows} data rows and about {@code bytes} bytes of the input have been read so far. */
    void advanced(long rows, long bytes);

    /** No one listens. (A class, not a lambda: see {@link DaemonThreads}.) */
    Progress NONE = new Progress() {
      @Override
      public void advanced(long rows, long bytes) {
        // no one listens
      }
    };
  }

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
   * @param blockBytes about how many bytes of the input make one block
   */
  public record Options(boolean onlyShort, Comparator<Comparison> sort, boolean strict, int threads,
      int blockBytes) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      if (blockBytes < 1) {
        throw new IllegalArgumentException("blocks must hold at least a byte");
      }
    }

    /** With blocks of the usual size. */
    public Options(boolean onlyShort, Comparator<Comparison> sort, boolean strict, int threads) {
      this(onlyShort, sort, strict, threads, MissionList.BLOCK_BYTES);
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
    return run(in, out, rejected, Progress.NONE);
  }

  /** As {@link #run(InputStream, OutputStream, Consumer)}, telling {@code progress} after each block. */
  public Summary run(InputStream in, OutputStream out, Consumer<InputProblem> rejected, Progress progress)
      throws IOException {
    Parsed<MissionList> opened = MissionList.open(file, in, options.blockBytes());
    if (!opened.ok()) {
      return new Summary(0, 0, 0, 0, opened.problems(), false);
    }
    MissionList list = opened.value().get();
    BlockBuffer mainBuffer = new BlockBuffer(1 << 16);
    ComparisonRenderer renderer = renderers.create(mainBuffer);
    renderer.begin();
    renderer.flush();
    mainBuffer.drainTo(out);
    Totals totals = new Totals();
    List<Comparison> sorted = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), new DaemonThreads());
    ArrayDeque<Future<BlockResult>> inFlight = new ArrayDeque<>();
    try {
      for (MissionList.Block block = list.next(); block != null; block = list.next()) {
        inFlight.add(pool.submit(new BlockTask(block)));
        while (inFlight.size() > options.threads() * 2) {
          if (!drain(inFlight.poll(), out, rejected, totals, sorted, progress)) {
            return totals.summary(totals.fatal);
          }
        }
      }
      if (!drainAll(inFlight, out, rejected, totals, sorted, progress)) {
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
      Totals totals, List<Comparison> sorted, Progress progress) throws IOException {
    while (!inFlight.isEmpty()) {
      if (!drain(inFlight.poll(), out, rejected, totals, sorted, progress)) {
        return false;
      }
    }
    return true;
  }

  /** Writes one finished block; false when the run must stop. */
  private boolean drain(Future<BlockResult> future, OutputStream out, Consumer<InputProblem> rejected, Totals totals,
      List<Comparison> sorted, Progress progress) throws IOException {
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
    totals.bytes += result.bytes;
    if (options.sort() != null) {
      sorted.addAll(result.comparisons);
    } else {
      result.rendered.drainTo(out);
      totals.written += result.written;
    }
    progress.advanced(totals.read, totals.bytes);
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

  /** Reads, compares and renders one block; runs on a worker thread. */
  private BlockResult process(MissionList.Block block) throws IOException {
    BlockResult result = new BlockResult();
    result.bytes = block.length();
    // Sorted runs keep the comparisons, not their text; CSV takes about twice the input's bytes.
    BlockBuffer buffer = options.sort() == null ? new BlockBuffer(block.length() * 2 + block.length() / 2) : null;
    ComparisonRenderer renderer = buffer == null ? null : renderers.create(buffer);
    RowHandler handler = new RowHandler() {
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
    result.fatal = block.read(handler);
    if (renderer != null) {
      renderer.flush();
      result.rendered = buffer;
    }
    return result;
  }

  /**
   * The pool's threads, which never keep the JVM alive. This class and {@link BlockTask} are
   * classes, not lambdas: a compare links no lambda of its own, as the first lambda a JVM links
   * costs several milliseconds (README, "Start-up").
   */
  private static final class DaemonThreads implements ThreadFactory {
    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "mdc-compare");
      t.setDaemon(true);
      return t;
    }
  }

  /** One block to compare, on a thread of the pool. */
  private final class BlockTask implements Callable<BlockResult> {
    private final MissionList.Block block;

    BlockTask(MissionList.Block block) {
      this.block = block;
    }

    @Override
    public BlockResult call() throws IOException {
      return process(block);
    }
  }

  /** What one block gave. */
  private static final class BlockResult {
    long bytes;
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
    long bytes;
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
