package org.mdc.cli;

import java.io.PrintWriter;
import org.mdc.io.Parsed;
import org.mdc.io.RulebookReader;
import org.mdc.io.YamlTree;
import org.mdc.rules.RuleSet;
import org.mdc.rules.Rulebook;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --rules FILE}, shared by assess, compare and check. */
final class RulesOption {

  /** --rules. */
  String file;

  private OptionSpec fileOption;

  /** Adds --rules to {@code spec}. */
  void addTo(CommandSpec spec) {
    fileOption = Models.add(spec, OptionSpec.builder("--rules").type(String.class).paramLabel("FILE")
        .description("A rulebook (YAML) that changes parameters and severities by rule id, for a doctrine other than"
            + " the sources' defaults; 'mdc rules --format yaml' prints the defaults to start from."));
  }

  /** Reads the option's value once the command line is parsed. */
  void bind() {
    file = fileOption.getValue();
  }

  /** The rules in force: the defaults, or the rulebook's; tells the user and stops when it is bad. */
  RuleSet load(PrintWriter err) {
    if (file == null) {
      return RuleSet.defaults();
    }
    byte[] bytes;
    try {
      bytes = InputFiles.read(file, java.io.InputStream.nullInputStream(), YamlTree.MAX_BYTES);
    } catch (InputFiles.Unavailable e) {
      err.println("mdc: rulebook " + Problems.safe(e.getMessage()));
      throw new CommandFailure(Outcome.MISSING_INPUT);
    }
    return parse(err, file, bytes);
  }

  /** The rules of the rulebook {@code bytes}, read from {@code name}; tells the user and stops when it is bad. */
  static RuleSet parse(PrintWriter err, String name, byte[] bytes) {
    Parsed<Rulebook> book = RulebookReader.read(name, bytes);
    if (!book.ok()) {
      Problems.print(err, book.problems());
      err.println("mdc: " + Problems.safe(name) + ": the rulebook has " + book.problems().size() + " problem"
          + (book.problems().size() == 1 ? "" : "s") + "; nothing done");
      throw new CommandFailure(Outcome.BAD_DATA);
    }
    return RuleSet.of(book.value().get());
  }
}
