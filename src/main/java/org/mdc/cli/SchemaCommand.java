package org.mdc.cli;

import org.mdc.io.InputSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mdc schema zone|mandate|rules|config}: JSON Schemas for editors. */
@Command(
    name = "schema",
    description = {
      "Print the JSON Schema (draft 2020-12) of an input, for editors that check YAML as you type (for example with"
          + " a '# yaml-language-server: $schema=...' line at the top of the file). The schemas are made from the"
          + " same field lists and limits mdc reads with."
    },
    footerHeading = "%nExamples%n",
    footer = {"  mdc schema zone > zone.schema.json", "  mdc schema config > mdc-config.schema.json"})
final class SchemaCommand extends MdcSubcommand {

  @Parameters(paramLabel = "INPUT", description = "Which input: ${COMPLETION-CANDIDATES}.")
  InputSchemas.Kind kind;

  @Override
  protected Outcome execute() {
    out().print(InputSchemas.json(kind));
    return Outcome.DONE;
  }
}
