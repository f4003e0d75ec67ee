package org.mdc.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes straight into a growing byte array as UTF-8: one per block and thread,
 * so a rendered block goes to the output without a detour through a String. Encodes as
 * {@code String.getBytes(UTF_8)} does, a lone surrogate included (it becomes {@code '?'}); a
 * surrogate pair may be split across two writes.
 */
final class Utf8Buffer extends Writer {

  private byte[] bytes;
  private int count;
  private char[] scratch = new char[256];
  /** A high surrogate whose low half has not been written yet, or 0. */
  private char pendingHigh;

  Utf8Buffer(int capacity) {
    this.bytes = new byte[Math.max(capacity, 16)];
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    ensure(length * 3 + 4);
    int end = offset + length;
    int i = offset;
    if (pendingHigh == 0) {
      byte[] b = bytes;
      int n = count;
      for (char c; i < end && (c = chars[i]) < 0x80; i++) {
        b[n++] = (byte) c;
      }
      count = n;
    }
    for (; i < end; i++) {
      encode(chars[i]);
    }
  }

  @Override
  public void write(String text) {
    write(text, 0, text.length());
  }

  @Override
  public void write(String text, int offset, int length) {
    char[] chars = charsFor(length);
    text.getChars(offset, offset + length, chars, 0);
    write(chars, 0, length);
  }

  @Override
  public void write(int c) {
    ensure(4);
    encode((char) c);
  }

  @Override
  public Writer append(CharSequence text) {
    if (text instanceof StringBuilder) {
      StringBuilder builder = (StringBuilder) text;
      char[] chars = charsFor(builder.length());
      builder.getChars(0, builder.length(), chars, 0);
      write(chars, 0, builder.length());
    } else {
      write(String.valueOf(text));
    }
    return this;
  }

  /** Bytes written since the last drain. */
  int length() {
    return count;
  }

  /** Writes the bytes so far to {@code out} and starts again empty. */
  void drainTo(OutputStream out) throws IOException {
    flushPending();
    if (count > 0) {
      out.write(bytes, 0, count);
      count = 0;
    }
  }

  /** The bytes written, a lone surrogate left at the end included. */
  byte[] toByteArray() {
    flushPending();
    return Arrays.copyOf(bytes, count);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  private void encode(char c) {
    ensure(4);
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        bytes[count++] = (byte) (0xF0 | cp >> 18);
        bytes[count++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[count++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[count++] = (byte) (0x80 | cp & 0x3F);
        return;
      }
      bytes[count++] = '?';
      ensure(4);
    }
    if (c < 0x80) {
      bytes[count++] = (byte) c;
    } else if (c < 0x800) {
      bytes[count++] = (byte) (0xC0 | c >> 6);
      bytes[count++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[count++] = '?';
    } else {
      bytes[count++] = (byte) (0xE0 | c >> 12);
      bytes[count++] = (byte) (0x80 | c >> 6 & 0x3F);
      bytes[count++] = (byte) (0x80 | c & 0x3F);
    }
  }

  private void flushPending() {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      ensure(1);
      bytes[count++] = '?';
    }
  }

  private char[] charsFor(int length) {
    if (scratch.length < length) {
      scratch = new char[Math.max(length, scratch.length * 2)];
    }
    return scratch;
  }

  private void ensure(int more) {
    if (bytes.length - count < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
    }
  }
}
