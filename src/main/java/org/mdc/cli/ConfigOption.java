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

  private OptionSpec fileOption;
  private OptionSpec noneOption;
  private OptionSpec verboseOption;

  /** Adds the three options to {@code spec}. */
  void addTo(CommandSpec spec) {
    fileOption = Models.add(spec, OptionSpec.builder("--config").type(String.class).paramLabel("FILE")
        .description("The project configuration to use, instead of the .mdc.yaml found from the working directory up"
            + " ('mdc schema config' describes it). Options on the command line win over it."));
    noneOption = Models.add(spec, OptionSpec.builder("--no-config").type(boolean.class).initialValue(false)
        .description("Use no project configuration, even if a .mdc.yaml is found."));
    verboseOption = Models.add(spec, OptionSpec.builder("-v", "--verbose").type(boolean.class).initialValue(false)
        .description("Say on standard error which configuration file is used, or where it was looked for."));
  }

  /** Reads the options' values once the command line is parsed. */
  void bind() {
    file = fileOption.getValue();
    none = noneOption.getValue();
    verbose = verboseOption.getValue();
  }
}
