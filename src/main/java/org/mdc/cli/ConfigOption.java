package org.mdc.cli;

import picocli.CommandLine.Option;

/** {@code --config FILE}, {@code --no-config} and {@code --verbose}: which project configuration applies. */
final class ConfigOption {

  @Option(names = "--config", paramLabel = "FILE",
      description = "The project configuration to use, instead of the .mdc.yaml found from the working directory up"
          + " ('mdc schema config' describes it). Options on the command line win over it.")
  String file;

  @Option(names = "--no-config", description = "Use no project configuration, even if a .mdc.yaml is found.")
  boolean none;

  @Option(names = {"-v", "--verbose"},
      description = "Say on standard error which configuration file is used, or where it was looked for.")
  boolean verbose;
}
