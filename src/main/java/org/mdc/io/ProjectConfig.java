package org.mdc.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A project's {@code .mdc.yaml}: defaults for the command line, each with the place it was
 * written, so that a value that cannot be used is reported at its line. Paths and globs are as
 * written: they are relative to the file's folder, and the command line resolves them.
 *
 * @param file the configuration file as named in messages
 * @param rules the rulebook ({@code --rules})
 * @param failOn the fail level of {@code check} ({@code --fail-on}), as written
 * @param include globs a draft found in a folder must match to be checked (none: every one)
 * @param exclude globs that leave a draft found in a folder out
 * @param baseline the baseline of {@code check} ({@code --baseline})
 */
public record ProjectConfig(String file, Optional<Setting> rules, Optional<Setting> failOn, List<Setting> include,
    List<Setting> exclude, Optional<Setting> baseline) {

  /** The name {@code mdc} looks for, from the working directory up. */
  public static final String FILE_NAME = ".mdc.yaml";

  /** The keys a configuration may hold, in the order the documentation lists them. */
  public static final Set<String> FIELDS = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(
      List.of("rules", "fail-on", "include", "exclude", "baseline")));

  public ProjectConfig {
    Objects.requireNonNull(file, "file");
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** A configuration that sets nothing (an empty file). */
  public static ProjectConfig empty(String file) {
    return new ProjectConfig(file, Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
  }

  /**
   * One value and where it was written.
   *
   * @param field the key, for messages
   * @param value the text as written
   * @param at where the value starts
   */
  public record Setting(String field, String value, Location at) {
    public Setting {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(at, "at");
    }
  }
}
