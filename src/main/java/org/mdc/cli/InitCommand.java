package org.mdc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mdc init [FILE]}: a commented zone file to start from. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write a commented zone template to start from: every field, what it means and the values it takes."
          + " An existing file is never overwritten without --force."
    },
    footerHeading = "%nExamples%n",
    footer = {"  mdc init darfur.yaml && $EDITOR darfur.yaml && mdc assess darfur.yaml", "  mdc init - | less"})
final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "zone.yaml",
      description = "Where to write the template, or - for standard output (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    String template;
    try (InputStream in = InitCommand.class.getResourceAsStream("zone-template.yaml")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (file.equals("-")) {
      spec.commandLine().getOut().print(template);
      return ExitCode.OK.code();
    }
    Path path = Path.of(file);
    try {
      if (force) {
        Files.writeString(path, template, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
      } else {
        Files.writeString(path, template, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println("mdc: " + file + " exists; left untouched (use --force to overwrite it)");
      return ExitCode.CANNOT_CREATE.code();
    } catch (IOException e) {
      spec.commandLine().getErr().println("mdc: " + file + ": cannot be written (" + e.getMessage() + ")");
      return ExitCode.CANNOT_CREATE.code();
    }
    spec.commandLine().getErr().println("mdc: wrote " + file + "; edit it, then run: mdc assess " + file);
    return ExitCode.OK.code();
  }
}
