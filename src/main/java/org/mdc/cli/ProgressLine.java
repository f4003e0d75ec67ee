package org.mdc.cli;

import java.io.PrintWriter;
import java.util.OptionalLong;
import org.mdc.batch.ComparePipeline;
import org.mdc.rules.Numbers;

/**
 * One line of standard error that a long {@code compare} redraws in place: rows read, rows per
 * second and, when the input's size is known, how much of it is read and an estimate of the time
 * left. Drawn at most {@value #PER_SECOND} times a second, and not before a run has lasted that
 * long, so short runs never show it; anything else written to standard error clears it first.
 */
final class ProgressLine implements ComparePipeline.Progress {

  /** The most redraws a second. */
  static final int PER_SECOND = 4;

  private static final long EVERY = 1_000_000_000L / PER_SECOND;
  /** Back to the line's start, and erase to its end. */
  private static final String CLEAR = "\r\033[K";

  private final PrintWriter err;
  private final Terminal.Device device;
  private final OptionalLong size;
  private final long start;
  private long last;
  private boolean shown;

  /** A progress line on {@code err}; {@code size} is the input's, when it is a file. */
  ProgressLine(PrintWriter err, Terminal.Device device, OptionalLong size) {
    this.err = err;
    this.device = device;
    this.size = size;
    this.start = device.nanoTime();
    this.last = start;
  }

  @Override
  public void advanced(long rows, long bytes) {
    long now = device.nanoTime();
    if (now - last < EVERY) {
      return;
    }
    last = now;
    err.print(CLEAR + line(rows, bytes, now - start, size));
    err.flush();
    shown = true;
  }

  /** Erases the line, if it is shown, so that the next text starts on a clean line. */
  void clear() {
    if (shown) {
      err.print(CLEAR);
      err.flush();
      shown = false;
    }
  }

  /** The line after {@code nanos} with {@code rows} rows and {@code bytes} bytes of {@code size} read. */
  static String line(long rows, long bytes, long nanos, OptionalLong size) {
    double seconds = Math.max(nanos, 1) / 1e9;
    StringBuilder line = new StringBuilder("mdc compare: ").append(Numbers.grouped(rows)).append(" rows, ")
        .append(Numbers.grouped(Math.round(rows / seconds))).append(" rows/s");
    if (size.isPresent() && size.getAsLong() > 0) {
      long total = size.getAsLong();
      long done = Math.min(bytes, total);
      line.append(", ").append(Math.min(99, done * 100 / total)).append("% of ").append(megabytes(total));
      if (done > 0 && done < total) {
        long left = Math.round(seconds * (total - done) / done);
        String time = left < 60 ? Math.max(left, 1) + " s" : (left + 30) / 60 + " min";
        line.append(", about ").append(time).append(" left");
      }
    }
    return line.toString();
  }

  private static String megabytes(long bytes) {
    long mib = bytes >> 20;
    return mib >= 10 ? Numbers.grouped(mib) + " MiB"
        : String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
