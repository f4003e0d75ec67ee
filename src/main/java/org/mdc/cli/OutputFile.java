package org.mdc.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file the user named for a command's output, written as {@code sort -o} writes: a regular
 * file is written aside and moved into place, keeping its mode, so that a failed run leaves it
 * untouched and no reader ever sees half of it; a symbolic link is followed and its target
 * written the same way; anything else (a FIFO, a device) is written directly. The file aside is
 * deleted whatever ends the run ({@link TempFiles}).
 */
final class OutputFile implements AutoCloseable {

  /** The output cannot be opened; the message says why in the user's words. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean exists;

    Unavailable(String message, boolean exists) {
      super(message);
      this.exists = exists;
    }

    /** True when the output exists and may not be replaced. */
    boolean exists() {
      return exists;
    }
  }

  private final String name;
  private final CheckedOutput stream;
  private final Path temp;
  private final Path destination;
  private final boolean replace;
  private boolean done;

  private OutputFile(String name, OutputStream raw, Path temp, Path destination, boolean replace) {
    this.name = name;
    this.stream = new CheckedOutput(raw, name);
    this.temp = temp;
    this.destination = destination;
    this.replace = replace;
  }

  /**
   * Opens {@code name} for writing; when {@code replace} is false, an existing file (or anything
   * else at that name) is refused.
   */
  static OutputFile open(String name, boolean replace) throws Unavailable {
    Path path = Path.of(name);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      attributes = null;
    } catch (IOException e) {
      throw new Unavailable(name + ": cannot be written (" + reason(e, path) + ")", false);
    }
    if (!replace && (attributes != null || Files.isSymbolicLink(path))) {
      throw new Unavailable(name + " exists; left untouched (use --force to overwrite it)", true);
    }
    if (attributes != null && attributes.isDirectory()) {
      throw new Unavailable(name + ": cannot be written (it is a folder)", true);
    }
    if (attributes != null && (!attributes.isRegularFile() || descriptor(name))) {
      try { // a FIFO or a device: written directly, as nothing can be moved onto it
        return new OutputFile(name, Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
            null, null, true);
      } catch (IOException e) {
        throw new Unavailable(name + ": cannot be written (" + reason(e, path) + ")", false);
      }
    }
    Path destination;
    try {
      destination = attributes != null ? path.toRealPath() : linkTarget(path);
    } catch (IOException e) {
      throw new Unavailable(name + ": cannot be written (" + reason(e, path) + ")", false);
    }
    if (attributes != null && !Files.isWritable(destination)) { // as sort -o: a file its owner protected stays so
      throw new Unavailable(name + ": cannot be written (permission denied)", false);
    }
    Path folder = destination.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new Unavailable(name + ": cannot be written (the folder does not exist)", false);
    }
    Path temp;
    try {
      temp = createAside(folder, destination.getFileName().toString());
    } catch (IOException e) {
      throw new Unavailable(name + ": cannot be written (" + reason(e, folder) + ")", false);
    }
    OutputStream raw = null;
    try {
      raw = Files.newOutputStream(temp);
      if (attributes != null) {
        keepModeAndOwner(destination, temp); // after opening: the mode may forbid writing
      }
      return new OutputFile(name, new BufferedOutputStream(raw, 1 << 16), temp, destination, replace);
    } catch (IOException e) {
      closeQuietly(raw);
      delete(temp);
      throw new Unavailable(name + ": cannot be written (" + reason(e, folder) + ")", false);
    }
  }

  /**
   * True for a name of one of this process's open descriptors ({@code /dev/stderr},
   * {@code /dev/fd/3}): written directly, even when it leads to a regular file, since replacing
   * that file would leave the descriptor writing to one no longer there.
   */
  private static boolean descriptor(String name) {
    return name.equals("/dev/stderr") || name.startsWith("/dev/fd/") || name.startsWith("/proc/self/fd/");
  }

  /** The stream to write to; its write errors name the output. */
  OutputStream stream() {
    return stream;
  }

  /** Finishes the output: the file aside is moved into place. */
  void commit() throws IOException {
    try {
      stream.flush();
      stream.close();
      if (temp != null) {
        if (replace) {
          Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
          Files.move(temp, destination);
        }
        TempFiles.forget(temp);
      }
      done = true;
    } catch (FileAlreadyExistsException e) {
      abandon();
      throw new FileAlreadyExistsException(name, null, "it appeared while mdc was writing; left untouched");
    } catch (IOException e) {
      abandon();
      throw e instanceof CheckedOutput.Failure ? e : new CheckedOutput.Failure(name, e);
    }
  }

  /** Gives the output up: the file aside is deleted, the named file left as it was. */
  void abandon() {
    if (done) {
      return;
    }
    done = true;
    try {
      stream.close();
    } catch (IOException e) {
      // the output is being thrown away
    }
    if (temp != null) {
      delete(temp);
    }
  }

  /** Abandons the output unless it was committed. */
  @Override
  public void close() {
    abandon();
  }

  /** Why a file could not be created or written, in a user's words. */
  static String reason(IOException e, Path path) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      Path absolute = path.toAbsolutePath();
      Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
      return folder != null && Files.isDirectory(folder)
          ? "no file can be created in " + folder
          : "the folder does not exist";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /** Where a link that leads nowhere (yet) points: the file to create. */
  private static Path linkTarget(Path path) throws IOException {
    Path current = path;
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == 40) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      Path parent = current.toAbsolutePath().getParent();
      current = parent.resolve(Files.readSymbolicLink(current));
    }
    return current;
  }

  private static Path createAside(Path folder, String fileName) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
      Path temp = folder.resolve("." + fileName + "." + random + ".part");
      try {
        Files.createFile(temp); // the mode a new file gets (umask), as sort -o gives it
        TempFiles.register(temp);
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** Gives the file aside the mode, and where allowed the owner and group, of the file it replaces. */
  private static void keepModeAndOwner(Path destination, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(destination, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    PosixFileAttributes attributes = view.readAttributes();
    PosixFileAttributeView aside =
        Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    try {
      aside.setGroup(attributes.group());
      aside.setOwner(attributes.owner());
    } catch (IOException e) {
      // only the owner's own groups, or root, may be given: the mode is what matters
    }
    aside.setPermissions(attributes.permissions());
  }

  private static void closeQuietly(OutputStream stream) {
    try {
      if (stream != null) {
        stream.close();
      }
    } catch (IOException e) {
      // it is being given up
    }
  }

  private static void delete(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // left for the shutdown hook to try again
      return;
    }
    TempFiles.forget(temp);
  }
}
