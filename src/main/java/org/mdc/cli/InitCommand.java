package org.mdc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mdc init [FILE]}: a commented zone file to start from. */
@Command(
    name = "init",
    description = {
      "Write a commented zone template to start from: every field, what it means and the values it takes."
          + " An existing file is never overwritten without --force."
    },
    footerHeading = "%nExamples%n",
    footer = {"  mdc init darfur.yaml && $EDITOR darfur.yaml && mdc assess darfur.yaml", "  mdc init - | less"})
final class InitCommand extends MdcSubcommand {

  @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "zone.yaml",
      description = "Where to write the template, or - for standard output (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(names = "--force", description = "Overwrite FILE if it exists, as sort -o writes: a file is replaced"
      + " whole, keeping its mode; a link is followed; a FIFO or a device is written directly.")
  boolean force;

  @Override
  protected Outcome execute() throws IOException {
    String template;
    try (InputStream in = InitCommand.class.getResourceAsStream("zone-template.yaml")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (file.equals("-")) {
      out().print(template);
      return Outcome.DONE;
    }
    if (file.isEmpty()) {
      throw usage("Invalid value for FILE: expected a file name, or - for standard output");
    }
    try (OutputFile out = OutputFile.open(file, force)) {
      out.stream().write(template.getBytes(StandardCharsets.UTF_8));
      out.commit();
    } catch (OutputFile.Unavailable e) {
      return fail(Outcome.CANNOT_CREATE, e.getMessage());
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return fail(Outcome.CANNOT_CREATE, file + " exists; left untouched (use --force to overwrite it)");
    } catch (IOException e) {
      err().println(CheckedOutput.Failure.in(e).map(CheckedOutput.Failure::describe)
          .orElse("mdc: " + file + ": cannot be written (" + e.getMessage() + ")") + "; nothing was left behind");
      return Outcome.CANNOT_WRITE;
    }
    err().println("mdc: wrote " + file + "; edit it, then run: mdc assess " + file);
    return Outcome.DONE;
  }
}
