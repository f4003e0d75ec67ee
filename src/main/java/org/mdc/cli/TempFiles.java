package org.mdc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The temporary files of this process, deleted at its end whatever ends it: a return, an
 * error, or SIGINT and SIGTERM (the JVM runs its shutdown hooks for both). Only SIGKILL, which
 * no process can handle, leaves one behind.
 */
final class TempFiles {

  private static final Set<Path> LIVE = new LinkedHashSet<>();
  private static boolean hooked;

  private TempFiles() {}

  /** Deletes {@code path} at exit unless {@link #forget} is called first. */
  static synchronized void register(Path path) {
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "mdc-temp-files"));
      hooked = true;
    }
    LIVE.add(path);
  }

  /** {@code path} was moved into place or deleted: nothing to do for it at exit. */
  static synchronized void forget(Path path) {
    LIVE.remove(path);
  }

  private static void deleteAll() {
    List<Path> paths;
    synchronized (TempFiles.class) {
      paths = List.copyOf(LIVE);
      LIVE.clear();
    }
    for (Path path : paths) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // the process is ending; nothing more can be done
      }
    }
  }
}
