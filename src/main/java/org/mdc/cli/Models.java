package org.mdc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Building picocli command models by hand. The top command, the options every command shares,
 * and the commands that apply the rules ({@code assess}, {@code check}, {@code compare}, {@code
 * rules}) are described here rather than by annotations: reading annotations makes the JVM spin
 * a proxy class for each annotation type and reflect over every field, about 30 ms of a 150 ms
 * run, which class-data sharing cannot keep. The other commands ({@code schema}, {@code init},
 * {@code completion}) keep their annotations; they are built only when run.
 */
final class Models {

  private Models() {}

  /** The options {@code mixinStandardHelpOptions} would add, worded as picocli words them. */
  static void standardHelpOptions(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    spec.versionProvider(new VersionProvider());
  }

  /**
   * The factory of every hand-built model: picocli's own, asked only for the collections of
   * options and parameters that take several values. picocli's factory looks for Groovy's Closure
   * class when it is first made; Main turns that look-up off (picocli.disable.closures), since a
   * class missing from the jar costs an open and an index of it.
   */
  static final CommandLine.IFactory FACTORY = new CommandLine.IFactory() {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      return CommandLine.defaultFactory().create(type);
    }
  };

  /** The input file, the first positional parameter of {@code assess} and {@code compare}; - is standard input. */
  static PositionalParamSpec inputFile(CommandSpec spec, String label, String description) {
    return add(spec, PositionalParamSpec.builder().index("0").arity("1").required(true).type(String.class)
        .paramLabel(label).description(description));
  }

  /** The {@code -f, --format} option, one of {@code formats}, {@code defaultValue} when not given. */
  static OptionSpec format(CommandSpec spec, Class<? extends Enum<?>> formats, String defaultValue, String description) {
    return add(spec, OptionSpec.builder("-f", "--format").type(formats).paramLabel("FORMAT").defaultValue(defaultValue)
        .description(description));
  }

  /**
   * A command model whose user object is {@code command}, with its name and help text and no
   * options yet. Options are added in the order annotations declared them before, which picocli
   * keeps for completion scripts and for breaking ties between suggestions for a mistyped option:
   * the options shared with other commands, then the command's own, then {@link
   * #standardHelpOptions} last.
   */
  static CommandSpec command(Object command, String name, String[] description, String[] footer) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command, FACTORY).name(name);
    spec.usageMessage().description(description).footerHeading("%nExamples%n").footer(footer);
    return spec;
  }

  /**
   * Adds {@code option} to {@code spec} and returns it, for its command to read the value after
   * the parse ({@link MdcSubcommand#bind}). Options are not bound to fields by getters and
   * setters: each would be a lambda, and linking a lambda costs about 70 microseconds in a fresh
   * JVM even from the class-data archive (a tenth of that for a plain class), measured on 100
   * of each.
   */
  static OptionSpec add(CommandSpec spec, OptionSpec.Builder option) {
    OptionSpec built = option.build();
    spec.addOption(built);
    return built;
  }

  /** Adds {@code parameter} to {@code spec} and returns it, as {@link #add(CommandSpec, OptionSpec.Builder)}. */
  static PositionalParamSpec add(CommandSpec spec, PositionalParamSpec.Builder parameter) {
    PositionalParamSpec built = parameter.build();
    spec.addPositional(built);
    return built;
  }
}
