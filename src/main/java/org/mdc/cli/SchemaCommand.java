package org.mdc.cli;

import java.util.concurrent.Callable;
import org.mdc.io.InputSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mdc schema zone|mandate|rules}: JSON Schemas for editors. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the JSON Schema (draft 2020-12) of an input, for editors that check YAML as you type (for example with"
          + " a '# yaml-language-server: $schema=...' line at the top of the file). The schemas are made from the"
          + " same field lists and limits mdc reads with."
    },
    footerHeading = "%nExamples%n",
    footer = {"  mdc schema zone > zone.schema.json"})
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "Which input: ${COMPLETION-CANDIDATES}.")
  InputSchemas.Kind kind;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(InputSchemas.json(kind));
    return ExitCode.OK.code();
  }
}
