package org.mdc.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.mdc.io.ProjectConfig;
import org.mdc.io.YamlTree;
import org.mdc.rules.RuleSet;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand that applies the rules, and so takes {@code --rules FILE} and a project
 * configuration ({@code .mdc.yaml}, {@code --config FILE}, {@code --no-config}).
 */
abstract class RulebookCommand extends MdcSubcommand {

  final RulesOption rulesOption = new RulesOption();

  final ConfigOption configOption = new ConfigOption();

  @Override
  void addSharedOptions(CommandSpec spec) {
    rulesOption.addTo(spec);
    configOption.addTo(spec);
  }

  @Override
  void bind() {
    rulesOption.bind();
    configOption.bind();
  }

  private Configuration configuration;

  /** Reads the configuration first, so that --verbose tells it and a bad one stops any work. */
  @Override
  void prepare() {
    configuration();
  }

  /** The project configuration in force, read once; a bad one ends the command. */
  Configuration configuration() {
    if (configuration == null) {
      if (configOption.none && configOption.file != null) {
        throw usage("--config and --no-config cannot be used together");
      }
      String home = System.getenv("HOME");
      configuration = Configuration.load(configOption, err(), workingDirectory(),
          home == null || home.isEmpty() ? Optional.empty() : Optional.of(Path.of(home).toAbsolutePath().normalize()));
    }
    return configuration;
  }

  /** The working directory, absolute. */
  static Path workingDirectory() {
    return Path.of("").toAbsolutePath();
  }

  /**
   * The rules in force: the rulebook of {@code --rules}, else the configuration's, else the
   * defaults; tells the user and ends the command when the rulebook is bad.
   */
  RuleSet rules() {
    if (rulesOption.file != null) {
      return rulesOption.load(err());
    }
    Configuration config = configuration();
    Optional<ProjectConfig.Setting> book = config.settings().rules();
    if (book.isEmpty()) {
      return RuleSet.defaults();
    }
    Path path = config.path(book.get(), false, err());
    String name = Configuration.display(path, workingDirectory());
    byte[] bytes;
    try {
      bytes = CheckedTree.read(path.toRealPath(), YamlTree.MAX_BYTES);
    } catch (java.io.IOException e) {
      err().println("mdc: rulebook " + Problems.safe(name) + ": " + Problems.safe(String.valueOf(e.getMessage())));
      throw new CommandFailure(Outcome.MISSING_INPUT);
    }
    return RulesOption.parse(err(), name, bytes);
  }
}
