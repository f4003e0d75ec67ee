package org.mdc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders {@code mdc check} may read from, and the only way it reads there. In CI the drafts
 * come from pull requests, so a draft must not make the gate read a file outside the tree being
 * checked (a secret, {@code /etc/shadow}), follow a link out of it, or block on a FIFO or a
 * device: every path is checked, without being opened, before it is read.
 */
final class CheckedTree {

  /** A path the tree refuses; the message completes "the zone file 'NAME' ...". */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final List<Path> roots;
  private final List<Path> realRoots;

  private CheckedTree(List<Path> roots) throws IOException {
    this.roots = new ArrayList<>();
    this.realRoots = new ArrayList<>();
    for (Path root : roots) {
      this.roots.add(root.toAbsolutePath().normalize());
      this.realRoots.add(root.toRealPath());
    }
  }

  /** The tree made of {@code roots}, each an existing folder. */
  static CheckedTree of(List<Path> roots) throws IOException {
    return new CheckedTree(roots);
  }

  /** This tree and {@code more} folders. */
  CheckedTree with(List<Path> more) throws IOException {
    List<Path> all = new ArrayList<>(roots);
    all.addAll(more);
    return new CheckedTree(all);
  }

  /** The folders, for messages. */
  String describe() {
    List<String> names = new ArrayList<>();
    roots.forEach(r -> names.add(r.toString()));
    return String.join(", ", names);
  }

  /** True when {@code path} (absolute) lies in one of the folders as written, before links are followed. */
  boolean holdsAsWritten(Path path) {
    Path p = path.toAbsolutePath().normalize();
    for (Path root : roots) {
      if (p.startsWith(root)) {
        return true;
      }
    }
    return false;
  }

  /** True when the real {@code path} lies in the real path of one of the folders. */
  boolean holdsReal(Path realPath) {
    for (Path root : realRoots) {
      if (realPath.startsWith(root)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The real path of {@code path}, after checking that it stays in the tree as written and once
   * links are followed, and that it is a regular file; nothing is opened.
   */
  Path regularFile(Path path) throws Refused {
    if (!holdsAsWritten(path)) {
      throw new Refused("is outside the checked folder (" + describe() + "); not read. --zone-root DIR allows"
          + " another folder");
    }
    Path real;
    try {
      real = path.toRealPath();
    } catch (NoSuchFileException e) {
      throw new Refused("cannot be read (no such file)");
    } catch (IOException e) {
      throw new Refused("cannot be read (" + reason(e) + ")");
    }
    if (!holdsReal(real)) {
      throw new Refused("is a link to a file outside the checked folder (" + describe() + "); not read");
    }
    String kind = kind(real);
    if (kind != null) {
      throw new Refused("is " + kind + ", not a file; not read");
    }
    return real;
  }

  /**
   * What {@code real} is when it is not a regular file (a FIFO, a device, a folder), or null for
   * a regular file; read without following a link and without opening it.
   */
  static String kind(Path real) throws Refused {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new Refused("cannot be read (" + reason(e) + ")");
    }
    if (attributes.isRegularFile()) {
      return null;
    }
    if (attributes.isDirectory()) {
      return "a folder";
    }
    if (attributes.isSymbolicLink()) {
      return "a symbolic link";
    }
    try {
      int type = (Integer) Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
      switch (type) {
        case 0010000:
          return "a FIFO";
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        case 0140000:
          return "a socket";
        default:
          return "a special file";
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  /**
   * At most {@code limit} plus one bytes of the regular file {@code real}, opened without
   * following a link (a link swapped in after the checks is refused, not followed).
   */
  static byte[] read(Path real, int limit) throws Refused {
    try (InputStream in = Files.newInputStream(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(limit + 1);
    } catch (IOException e) {
      throw new Refused("cannot be read (" + reason(e) + ")");
    }
  }

  /** {@code name} resolved against {@code folder}; a name that is no path is refused. */
  static Path resolve(Path folder, String name) throws Refused {
    try {
      return folder.resolve(name);
    } catch (InvalidPathException e) {
      throw new Refused("is not a file name");
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
