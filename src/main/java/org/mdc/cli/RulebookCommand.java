package org.mdc.cli;

import org.mdc.rules.RuleSet;
import picocli.CommandLine.Mixin;

/** A subcommand that applies the rules, and so takes {@code --rules FILE}. */
abstract class RulebookCommand extends MdcSubcommand {

  @Mixin RulesOption rulesOption;

  /** The rules in force; tells the user and ends the command when the rulebook is bad. */
  RuleSet rules() {
    return rulesOption.load(err());
  }
}
