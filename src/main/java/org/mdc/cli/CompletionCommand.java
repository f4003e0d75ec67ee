package org.mdc.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mdc completion bash|zsh}: shell completion scripts, made by picocli from the commands. */
@Command(
    name = "completion",
    description = {
      "Print a completion script for bash or zsh, made from mdc's own commands and options."
    },
    footerHeading = "%nInstall%n",
    footer = {
      "  bash: mdc completion bash > ~/.local/share/bash-completion/completions/mdc",
      "  zsh:  mdc completion zsh > ~/.zfunc/_mdc_completion && echo 'source ~/.zfunc/_mdc_completion' >> ~/.zshrc"
    })
final class CompletionCommand extends MdcSubcommand {

  /** The shells supported. */
  enum Shell {
    bash,
    zsh
  }

  @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
  Shell shell;

  @Override
  protected Outcome execute() {
    CommandLine root = spec.commandLine();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    String script = AutoComplete.bash("mdc", root);
    if (shell == Shell.zsh) {
      // picocli's script serves zsh through bashcompinit, which must be loaded first.
      script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
    }
    out().print(script);
    return Outcome.DONE;
  }
}
