package org.mdc.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a CSV byte stream into blocks of whole rows, so that blocks can be parsed in parallel.
 *
 * <p>A block ends at a line end (LF, CRLF or a lone CR) outside any quoted field, found without
 * parsing: it follows the few states of RFC 4180 as Commons CSV reads it. A field is quoted only
 * when a quote is its first character; inside, a doubled quote stands for one quote and a single
 * quote ends the field. A quote anywhere else is an ordinary character (Commons CSV reads it so),
 * which is why counting quotes is not enough. CR and LF are never part of a multi-byte UTF-8
 * sequence, so blocks can be decoded on their own.
 */
final class BlockSplitter {

  /**
   * A run of whole rows and the line of the file it starts on; {@code quoteFree} when it holds
   * no quote character, so that it can be split at commas without a CSV parser.
   */
  record Block(int index, byte[] bytes, int length, long firstLine, boolean quoteFree) {}

  /**
   * The input cannot be cut past a place: a quote left open at the end of the input ({@code
   * openQuote}), or a row longer than the limit. The message says why, in the user's terms, and
   * {@code line} where: the line of the quote, or the first line of the row.
   */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;
    final boolean openQuote;

    Unreadable(long line, boolean openQuote, String message) {
      super(message, null, false, false);
      this.line = line;
      this.openQuote = openQuote;
    }
  }

  private final InputStream in;
  private final int target;
  private final int maxRow;
  private byte[] buf;
  private int len;
  private int scanned;
  /** Inside a quoted field. */
  private boolean quoted;
  /** Where the last quoted field was closed: a quote right after it is a doubled quote. */
  private int lastClose = -2;
  /** The line ends scanned before the quote that opened the quoted field, while {@link #quoted}. */
  private long newlinesAtOpen;
  private int firstQuote = Integer.MAX_VALUE;
  private int lastCut = -1;
  private long newlinesScanned;
  private long newlinesAtCut;
  private long nextLine = 1;
  private int nextIndex;
  private boolean eof;
  private boolean first = true;

  BlockSplitter(InputStream in, int target, int maxRow) {
    this.in = in;
    this.target = target;
    this.maxRow = maxRow;
    this.buf = new byte[target * 2];
  }

  /**
   * The next row alone (the header, or a blank line before it) with its line end; null at the
   * end of the input.
   */
  Block header() throws IOException, Unreadable {
    return take(true);
  }

  /** The next block of rows, or null at the end of the input. */
  Block next() throws IOException, Unreadable {
    return take(false);
  }

  private Block take(boolean firstRowOnly) throws IOException, Unreadable {
    while (true) {
      scan(firstRowOnly);
      if (lastCut >= 0 && (firstRowOnly || len >= target || eof)) {
        return cut(lastCut + 1);
      }
      if (eof && quoted) { // the rows before it were cut off above; Commons CSV would fail at the end
        throw new Unreadable(nextLine + newlinesAtOpen, true, "a quote opens a field on this line and is never closed");
      }
      if (eof) {
        return len == 0 ? null : cut(len);
      }
      if (len - (lastCut + 1) > maxRow) {
        throw new Unreadable(nextLine + newlinesAtCut, false,
            "a row longer than " + (maxRow >> 20) + " MiB starts here; is a quote left open?");
      }
      fill();
    }
  }

  /**
   * Scans the new bytes for cut points. Lines are counted as Commons CSV counts them: a CR, or an
   * LF not preceded by a CR; blocks are cut after such a line end, outside quotes.
   */
  private void scan(boolean stopAtFirst) {
    byte[] buf = this.buf; // in locals: C1, which compiles short lists, reads fields again on every byte
    int len = this.len;
    for (int i = scanned; i < len; i++) {
      byte b = buf[i];
      if (b > '"') {
        continue; // digits, letters, commas: the most bytes by far, and none of them counts
      }
      if (b == '"') {
        firstQuote = Math.min(firstQuote, i);
        if (quoted) {
          quoted = false;
          lastClose = i;
        } else if (lastClose == i - 1) {
          quoted = true; // a doubled quote inside a quoted field
        } else if (startsField(i)) {
          quoted = true; // a quoted field begins
          newlinesAtOpen = newlinesScanned;
        }
      } else if (b == '\r') {
        // A lone CR ends a record too (Commons CSV reads it so), and may be cut after; a CRLF is
        // cut after its LF. Whether a CR is lone is known from the next byte only: at the end of
        // what was read, read more, then look at this CR again (the header must not take the rows
        // behind its CR with it, and a block must not miss a cut before a quote left open).
        if (!quoted && i + 1 == len && !eof) {
          scanned = i;
          return;
        }
        newlinesScanned++;
        if (!quoted) {
          if (i + 1 < len ? buf[i + 1] != '\n' : eof) {
            lastCut = i;
            newlinesAtCut = newlinesScanned;
            if (stopAtFirst) {
              scanned = i + 1;
              return;
            }
          }
        }
      } else if (b == '\n') {
        if (i == 0 || buf[i - 1] != '\r') {
          newlinesScanned++;
        }
        if (!quoted) {
          lastCut = i;
          newlinesAtCut = newlinesScanned;
          if (stopAtFirst) {
            scanned = i + 1;
            return;
          }
        }
      }
    }
    scanned = len;
  }

  /** True when position {@code i} is the first of a field: after a comma or a line end, or first of all. */
  private boolean startsField(int i) {
    if (i == 0) {
      return true; // the buffer always starts where a row starts
    }
    byte before = buf[i - 1];
    return before == ',' || before == '\n' || before == '\r' || first && i == 3 && startsWithByteOrderMark(buf, i);
  }

  private static boolean startsWithByteOrderMark(byte[] bytes, int length) {
    return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private Block cut(int end) {
    byte[] bytes = Arrays.copyOf(buf, end);
    int start = 0;
    if (first && startsWithByteOrderMark(bytes, end)) {
      start = 3;
    }
    first = false;
    Block block = new Block(nextIndex++, start == 0 ? bytes : Arrays.copyOfRange(bytes, start, end), end - start,
        nextLine, firstQuote >= end);
    long consumedLines = lastCut >= 0 && end == lastCut + 1 ? newlinesAtCut : newlinesScanned;
    nextLine += consumedLines;
    // Keep what follows the cut: a row starts there, outside quotes, when the cut was at lastCut.
    int rest = len - end;
    System.arraycopy(buf, end, buf, 0, rest);
    len = rest;
    rescan();
    return block;
  }

  /** After a cut, the kept bytes are scanned again from the start of a row. */
  private void rescan() {
    scanned = 0;
    quoted = false;
    lastClose = -2;
    firstQuote = Integer.MAX_VALUE;
    lastCut = -1;
    newlinesScanned = 0;
    newlinesAtCut = 0;
  }

  private void fill() throws IOException {
    if (buf.length - len < target) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + target));
    }
    int n = in.readNBytes(buf, len, target);
    if (n < target) {
      eof = true;
    }
    len += n;
  }
}
