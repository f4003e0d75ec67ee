package org.mdc.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The rendered output of one block: a growing byte array without ByteArrayOutputStream's
 * locking, one per block and thread, drained to the real output in the input's order.
 */
final class BlockBuffer extends OutputStream {

  private byte[] bytes;
  private int count;

  BlockBuffer(int capacity) {
    this.bytes = new byte[Math.max(capacity, 16)];
  }

  @Override
  public void write(int b) {
    if (count == bytes.length) {
      grow(1);
    }
    bytes[count++] = (byte) b;
  }

  @Override
  public void write(byte[] from, int offset, int length) {
    if (bytes.length - count < length) {
      grow(length);
    }
    System.arraycopy(from, offset, bytes, count, length);
    count += length;
  }

  /** Bytes written since the last drain. */
  int length() {
    return count;
  }

  /** Writes the bytes so far to {@code out} and starts again empty. */
  void drainTo(OutputStream out) throws IOException {
    if (count > 0) {
      out.write(bytes, 0, count);
      count = 0;
    }
  }

  private void grow(int more) {
    bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
  }
}
