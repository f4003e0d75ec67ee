package org.mdc.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --config FILE}, {@code --no-config} and {@code --verbose}: which project configuration applies. */
final class ConfigOption {

  /** --config. */
  String file;

  /** --no-config. */
  boolean none;

  /** --verbose. */
  boolean verbose;

  /** Adds the three options to {@code spec}. */
  void addTo(CommandSpec spec) {
    spec.addOption(Models.bound(OptionSpec.builder("--config"), String.class, () -> file, v -> file = v)
        .paramLabel("FILE")
        .description("The project configuration to use, instead of the .mdc.yaml found from the working directory up"
            + " ('mdc schema config' describes it). Options on the command line win over it.").build());
    spec.addOption(Models.bound(OptionSpec.builder("--no-config"), boolean.class, () -> none, v -> none = v)
        .description("Use no project configuration, even if a .mdc.yaml is found.").build());
    spec.addOption(Models.bound(OptionSpec.builder("-v", "--verbose"), boolean.class, () -> verbose, v -> verbose = v)
        .description("Say on standard error which configuration file is used, or where it was looked for.").build());
  }
}
