package org.mdc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mdc.check.FailLevel;
import org.mdc.io.ConfigReader;
import org.mdc.io.InputProblem;
import org.mdc.io.Parsed;
import org.mdc.io.ProjectConfig;
import org.mdc.io.YamlTree;
import org.mdc.model.Choice;

/**
 * The project configuration in force: a {@code .mdc.yaml} found from the working directory up,
 * one named by {@code --config}, or none. A configuration may come from a pull request, so the
 * files it names are read only inside its own folder, as {@code check} reads drafts: not through
 * a link out of it, and never a FIFO or a device.
 */
final class Configuration {

  /** The words {@code fail-on} takes in a configuration: the levels, and info for note. */
  static final List<String> FAIL_LEVELS = words();

  private static List<String> words() {
    List<String> words = new ArrayList<>(Choice.labels(FailLevel.class));
    words.add("info");
    return List.copyOf(words);
  }

  private final ProjectConfig config;
  /** The configuration's folder, absolute and normal; null for none. */
  private final Path folder;
  private final List<PathMatcher> include = new ArrayList<>();
  private final List<PathMatcher> exclude = new ArrayList<>();

  private Configuration(ProjectConfig config, Path folder) {
    this.config = config;
    this.folder = folder;
    for (ProjectConfig.Setting s : config.include()) {
      include.add(glob(s.value()));
    }
    for (ProjectConfig.Setting s : config.exclude()) {
      exclude.add(glob(s.value()));
    }
  }

  /** No configuration: every setting comes from the command line or the defaults. */
  static Configuration none() {
    return new Configuration(ProjectConfig.empty("(none)"), null);
  }

  /** The settings, as written. */
  ProjectConfig settings() {
    return config;
  }

  /** The folder the configuration's paths and globs are relative to; empty when there is none. */
  Optional<Path> folder() {
    return Optional.ofNullable(folder);
  }

  /**
   * The configuration for a command: {@code --no-config} gives none, {@code --config FILE} that
   * file, else the {@value ProjectConfig#FILE_NAME} {@link #discover found}. Tells on standard
   * error which, under {@code --verbose}; a configuration that cannot be read or is bad ends the
   * command (66, 65).
   */
  static Configuration load(ConfigOption option, PrintWriter err, Path workingDirectory, Optional<Path> home) {
    if (option.none) {
      if (option.verbose) {
        err.println("mdc: configuration: none (--no-config)");
      }
      return none();
    }
    String name;
    byte[] bytes;
    Path file;
    if (option.file != null) {
      name = option.file;
      try {
        file = workingDirectory.resolve(option.file).normalize();
        bytes = InputFiles.read(option.file, java.io.InputStream.nullInputStream(), YamlTree.MAX_BYTES);
      } catch (InvalidPathException e) {
        err.println("mdc: configuration " + Problems.safe(option.file) + ": not a file name");
        throw new CommandFailure(Outcome.MISSING_INPUT);
      } catch (InputFiles.Unavailable e) {
        err.println("mdc: configuration " + Problems.safe(e.getMessage()));
        throw new CommandFailure(Outcome.MISSING_INPUT);
      }
    } else {
      Optional<Path> found = discover(workingDirectory, home);
      if (found.isEmpty()) {
        if (option.verbose) {
          err.println("mdc: configuration: none (no " + ProjectConfig.FILE_NAME + " from "
              + Problems.safe(workingDirectory.toString()) + " up to " + stop(workingDirectory, home) + ")");
        }
        return none();
      }
      file = found.get();
      name = file.getParent().equals(workingDirectory) ? ProjectConfig.FILE_NAME : file.toString();
      try { // a configuration found may be a pull request's: a link out of its folder is not followed
        Path real = CheckedTree.of(List.of(file.getParent())).regularFile(file);
        bytes = CheckedTree.read(real, YamlTree.MAX_BYTES);
      } catch (CheckedTree.Refused e) {
        err.println("mdc: configuration " + Problems.safe(name) + " " + Problems.safe(e.getMessage()));
        throw new CommandFailure(Outcome.MISSING_INPUT);
      } catch (IOException e) {
        err.println("mdc: configuration " + Problems.safe(name) + ": cannot be read (" + e.getMessage() + ")");
        throw new CommandFailure(Outcome.MISSING_INPUT);
      }
    }
    Parsed<ProjectConfig> parsed = ConfigReader.read(name, bytes, FAIL_LEVELS);
    if (!parsed.ok()) {
      throw fail(err, name, parsed.problems());
    }
    if (option.verbose) {
      err.println("mdc: configuration: " + Problems.safe(name));
    }
    return new Configuration(parsed.value().get(), file.getParent());
  }

  /**
   * The {@value ProjectConfig#FILE_NAME} that applies in {@code start}: in it or the nearest
   * folder above. The search stops at the root of a git repository (a folder holding {@code
   * .git}), so that a file above a checkout never changes what a repository's CI does, and before
   * the home folder, so that no user's file decides a project's results; it never passes the
   * file system's root.
   */
  static Optional<Path> discover(Path start, Optional<Path> home) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (home.isPresent() && dir.equals(home.get())) {
        return Optional.empty();
      }
      Path candidate = dir.resolve(ProjectConfig.FILE_NAME);
      if (Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(candidate);
      }
      if (Files.exists(dir.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Where {@link #discover} stopped looking, for --verbose. */
  private static String stop(Path start, Optional<Path> home) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (home.isPresent() && dir.equals(home.get())) {
        return Problems.safe(dir.toString()) + ", the home folder, not searched";
      }
      if (Files.exists(dir.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return Problems.safe(dir.toString()) + ", the repository's root";
      }
    }
    return "/";
  }

  /**
   * The file or folder {@code setting} names, relative to the configuration, after checking
   * that it lies in the configuration's folder (once links are followed too) and is a regular
   * file (or, with {@code folderToo}, a folder); a bad one ends the command with its place.
   */
  Path path(ProjectConfig.Setting setting, boolean folderToo, PrintWriter err) {
    Path path;
    try {
      path = folder.resolve(setting.value()).normalize();
    } catch (InvalidPathException e) {
      throw problem(err, setting, "expected a file name, found '" + setting.value() + "'");
    }
    CheckedTree tree;
    try {
      tree = CheckedTree.of(List.of(folder));
    } catch (IOException e) {
      throw problem(err, setting, "the configuration's folder cannot be read (" + e.getMessage() + ")");
    }
    if (!tree.holdsAsWritten(path)) {
      throw problem(err, setting, "'" + setting.value() + "' is outside the configuration's folder (" + folder
          + "); a configuration names only files in its own folder");
    }
    Path real;
    try {
      real = path.toRealPath();
    } catch (NoSuchFileException e) {
      throw problem(err, setting, "'" + setting.value() + "' does not exist");
    } catch (IOException e) {
      throw problem(err, setting, "'" + setting.value() + "' cannot be read (" + e.getMessage() + ")");
    }
    if (!tree.holdsReal(real)) {
      throw problem(err, setting, "'" + setting.value() + "' is a link to a file outside the configuration's folder ("
          + folder + "); not read");
    }
    if (folderToo && Files.isDirectory(real, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return path;
    }
    String kind;
    try {
      kind = CheckedTree.kind(real);
    } catch (CheckedTree.Refused e) {
      throw problem(err, setting, "'" + setting.value() + "' " + e.getMessage());
    }
    if (kind != null) {
      throw problem(err, setting, "'" + setting.value() + "' is " + kind + ", not a file; not read");
    }
    return path;
  }

  /**
   * {@code path} as the command line would name it: relative to the working directory ({@code .}
   * for it, {@code ..} for the folder above), so that reports name files as for {@code mdc check .}.
   */
  static String display(Path path, Path workingDirectory) {
    Path p = path.toAbsolutePath().normalize();
    Path wd = workingDirectory.toAbsolutePath().normalize();
    if (p.equals(wd)) {
      return ".";
    }
    try {
      return wd.relativize(p).toString();
    } catch (IllegalArgumentException e) { // another root
      return p.toString();
    }
  }

  /**
   * True when a draft found in a folder is to be checked: it matches an {@code include} glob (or
   * there are none) and no {@code exclude} glob, matched on its path relative to the
   * configuration's folder. A file outside that folder is not filtered.
   */
  boolean selects(Path file) {
    if (folder == null || (include.isEmpty() && exclude.isEmpty())) {
      return true;
    }
    Path p = file.toAbsolutePath().normalize();
    if (!p.startsWith(folder)) {
      return true;
    }
    Path relative = folder.relativize(p);
    return (include.isEmpty() || anyMatches(include, relative)) && !anyMatches(exclude, relative);
  }

  private static boolean anyMatches(List<PathMatcher> matchers, Path path) {
    for (PathMatcher m : matchers) {
      if (m.matches(path)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A glob, where {@code **}{@code /} also stands for no folder at all, as in .gitignore:
   * {@code drafts/**}{@code /*.yaml} matches {@code drafts/a.yaml} too.
   */
  static PathMatcher glob(String glob) {
    List<PathMatcher> variants = new ArrayList<>();
    for (String variant : withoutAnyFolders(glob, 0)) {
      variants.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
    }
    return new PathMatcher() {
      @Override
      public boolean matches(Path p) {
        return anyMatches(variants, p);
      }
    };
  }

  /** {@code glob} with each {@code **}{@code /} from {@code from} on kept or left out (at most 2^8 ways). */
  private static List<String> withoutAnyFolders(String glob, int from) {
    int at = glob.indexOf("**/", from);
    while (at > 0 && glob.charAt(at - 1) != '/') {
      at = glob.indexOf("**/", at + 1);
    }
    if (at < 0 || from > 0 && glob.length() > 256) {
      return List.of(glob);
    }
    List<String> variants = new ArrayList<>(withoutAnyFolders(glob, at + 3));
    List<String> shorter = withoutAnyFolders(glob.substring(0, at) + glob.substring(at + 3), at);
    if (variants.size() + shorter.size() <= 256) {
      variants.addAll(shorter);
    }
    return variants;
  }

  /** Tells a problem with {@code setting}, at its place; the failure ends the command. */
  private CommandFailure problem(PrintWriter err, ProjectConfig.Setting setting, String message) {
    return fail(err, config.file(), List.of(new InputProblem(config.file(), setting.at(), setting.field(), message)));
  }

  /** Tells {@code problems}, and that nothing was done; the failure ends the command (65). */
  private static CommandFailure fail(PrintWriter err, String name, List<InputProblem> problems) {
    Problems.print(err, problems);
    err.println("mdc: " + Problems.safe(name) + ": the configuration has " + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "; nothing done");
    return new CommandFailure(Outcome.BAD_DATA);
  }
}
