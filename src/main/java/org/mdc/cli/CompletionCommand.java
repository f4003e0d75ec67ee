package org.mdc.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mdc completion bash|zsh}: shell completion scripts, made by picocli from the commands. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print a completion script for bash or zsh, made from mdc's own commands and options."
    },
    footerHeading = "%nInstall%n",
    footer = {
      "  bash: mdc completion bash > ~/.local/share/bash-completion/completions/mdc",
      "  zsh:  mdc completion zsh > ~/.zfunc/_mdc_completion && echo 'source ~/.zfunc/_mdc_completion' >> ~/.zshrc"
    })
final class CompletionCommand implements Callable<Integer> {

  /** The shells supported. */
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
  Shell shell;

  @Override
  public Integer call() {
    CommandLine root = spec.commandLine();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    String script = AutoComplete.bash("mdc", root);
    if (shell == Shell.zsh) {
      // picocli's script serves zsh through bashcompinit, which must be loaded first.
      script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
    }
    spec.commandLine().getOut().print(script);
    return ExitCode.OK.code();
  }
}
