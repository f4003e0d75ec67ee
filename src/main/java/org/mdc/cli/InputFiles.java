package org.mdc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the files a user names, turning every way that can fail into a one-line message. */
final class InputFiles {

  private InputFiles() {}

  /** The file could not be opened; the message says why, in a user's words. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  /** An input stream on {@code name}, or on {@code stdin} when the name is {@code -}. */
  static InputStream open(String name, InputStream stdin) throws Unavailable {
    if (name.equals("-")) {
      return stdin;
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new Unavailable(name + ": is a directory, expected a file");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new Unavailable(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new Unavailable(name + ": cannot be read (permission denied)");
    } catch (IOException e) {
      throw new Unavailable(name + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * The bytes of {@code name}, at most {@code limit} plus one: a longer input is cut there, and
   * the reader that set the limit reports it as too large.
   */
  static byte[] read(String name, InputStream stdin, int limit) throws Unavailable {
    try (InputStream in = open(name, stdin)) {
      return in.readNBytes(limit + 1);
    } catch (IOException e) {
      throw new Unavailable(name + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Reading an input failed part-way; the message says which input and why, in a user's words. */
  static final class ReadFailure extends IOException {
    private static final long serialVersionUID = 1L;

    ReadFailure(String name, IOException cause) {
      super(name + ": cannot be read (" + cause.getMessage() + ")", cause);
    }

    /** The failure among {@code e} and its causes, if any. */
    static java.util.Optional<ReadFailure> in(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ReadFailure) {
          return java.util.Optional.of((ReadFailure) t);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /** {@code in}, whose read errors are {@link ReadFailure}s naming {@code name}. */
  static InputStream checked(String name, InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new ReadFailure(name, e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          throw new ReadFailure(name, e);
        }
      }
    };
  }
}
