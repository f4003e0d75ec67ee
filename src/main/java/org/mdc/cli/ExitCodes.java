package org.mdc.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** Writes the {@link ExitCode} enum into every command's usage help. */
final class ExitCodes {

  private ExitCodes() {}

  static void document(CommandLine commandLine) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      String number = Integer.toString(code.code());
      codes.put(" ".repeat(Math.max(0, 3 - number.length())) + number, code.meaning());
    }
    apply(commandLine, codes);
  }

  private static void apply(CommandLine commandLine, Map<String, String> codes) {
    commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes%n").exitCodeList(codes);
    commandLine.getSubcommands().values().forEach(sub -> apply(sub, codes));
  }
}
