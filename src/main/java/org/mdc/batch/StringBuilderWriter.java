package org.mdc.batch;

import java.io.Writer;

/** A writer into a StringBuilder, without StringWriter's locking: one per block and thread. */
final class StringBuilderWriter extends Writer {

  private final StringBuilder builder;

  StringBuilderWriter(int capacity) {
    this.builder = new StringBuilder(capacity);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    builder.append(chars, offset, length);
  }

  @Override
  public void write(String text) {
    builder.append(text);
  }

  @Override
  public void write(String text, int offset, int length) {
    builder.append(text, offset, offset + length);
  }

  @Override
  public void write(int c) {
    builder.append((char) c);
  }

  @Override
  public Writer append(CharSequence text) {
    builder.append(text);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  int length() {
    return builder.length();
  }

  /** Writes what was written so far to {@code out} as UTF-8, and starts again empty. */
  void drainTo(java.io.OutputStream out) throws java.io.IOException {
    if (builder.length() > 0) {
      out.write(builder.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      builder.setLength(0);
    }
  }

  @Override
  public String toString() {
    return builder.toString();
  }
}
