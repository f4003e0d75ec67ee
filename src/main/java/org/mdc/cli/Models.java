package org.mdc.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Building picocli command models by hand. The top command, the options every command shares,
 * and the commands a CI job runs most ({@code assess}, {@code check}) are described here
 * rather than by annotations: reading annotations makes the JVM spin a proxy class for each
 * annotation type and reflect over every field, about 30 ms of a 150 ms run, which class-data
 * sharing cannot keep. The other commands keep their annotations; they are built only when run.
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

  /** A command model whose user object is {@code command}, with its name, help text and the standard options. */
  static CommandSpec command(Object command, String name, String[] description, String[] footer) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description).footerHeading("%nExamples%n").footer(footer);
    standardHelpOptions(spec);
    return spec;
  }

  /**
   * An option that reads and writes a field of its command, through {@code get} and {@code set};
   * the field's value now is the one picocli restores before each parse, as it does for an
   * annotated field.
   */
  static <T> OptionSpec.Builder bound(OptionSpec.Builder option, Class<T> type, Supplier<T> get, Consumer<T> set) {
    Binding<T> binding = new Binding<>(get, set);
    return option.type(type).getter(binding).setter(binding).initialValue(get.get());
  }

  /** A positional parameter that reads and writes a field of its command, as {@link #bound(OptionSpec.Builder, Class, Supplier, Consumer)}. */
  static <T> PositionalParamSpec.Builder bound(PositionalParamSpec.Builder parameter, Class<T> type, Supplier<T> get,
      Consumer<T> set) {
    Binding<T> binding = new Binding<>(get, set);
    return parameter.type(type).getter(binding).setter(binding).initialValue(get.get());
  }

  /** A getter and a setter over a field, without reflection. */
  static final class Binding<T> implements IGetter, ISetter {
    private final Supplier<T> get;
    private final Consumer<T> set;

    Binding(Supplier<T> get, Consumer<T> set) {
      this.get = get;
      this.set = set;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get() {
      return (V) get.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V set(V value) {
      V old = get();
      set.accept((T) value);
      return old;
    }
  }
}
