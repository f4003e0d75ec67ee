package org.mdc.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * An output stream that names what it writes to and remembers its first write error.
 * {@code PrintWriter} swallows write errors; the commands write through this stream so that a
 * full disk, a closed descriptor or a closed pipe is seen and reported, never taken for success.
 */
final class CheckedOutput extends FilterOutputStream {

  private final String name;
  private Failure failure;

  /** @param name what the user knows the output as: "standard output", or the file's name */
  CheckedOutput(OutputStream out, String name) {
    super(out);
    this.name = name;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** The first write error, if any. */
  Optional<Failure> failure() {
    return Optional.ofNullable(failure);
  }

  private Failure failed(IOException e) {
    Failure f = e instanceof Failure ? (Failure) e : new Failure(name, e);
    if (failure == null) {
      failure = f;
    }
    return f;
  }

  /** A write to a named output failed. */
  static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;
    private final String target;

    Failure(String target, IOException cause) {
      super(target + ": " + cause.getMessage(), cause);
      this.target = target;
    }

    /** True when the reader of a pipe went away (EPIPE), as when the output goes to {@code head}. */
    boolean closedPipe() {
      return String.valueOf(getCause().getMessage()).contains("Broken pipe");
    }

    /** One line for standard error: what could not be written, and why. */
    String describe() {
      String reason = getCause().getMessage();
      return "mdc: " + org.mdc.report.Printable.text(target) + ": cannot be written ("
          + (reason == null ? "write error" : reason) + ")";
    }

    /** The failure among {@code e} and its causes, if any. */
    static Optional<Failure> in(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof Failure) {
          return Optional.of((Failure) t);
        }
      }
      return Optional.empty();
    }
  }
}
