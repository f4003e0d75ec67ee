package org.mdc.docs;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mdc.cli.Main;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the AsciiDoc sources of the man pages from the picocli command model (with the exit
 * codes the entry point sets), plus the list of rules and sources the pages include. The build
 * runs it before the tests; Asciidoctor turns the result into troff in target/man, and
 * ManPagesTest compares that with the committed man/ pages.
 *
 * <p>Usage: {@code ManPageSource OUTPUT_DIR [NEW_TEMPLATE_DIR]}; the second argument writes fresh
 * templates once, to start src/docs/man from.
 */
public final class ManPageSource {

  private ManPageSource() {}

  public static void main(String[] args) throws IOException {
    File out = new File(args[0]);
    File templates = args.length > 1 ? new File(args[1]) : null;
    Files.createDirectories(out.toPath());
    CommandLine mdc = Main.commandLine(System.in, System.out);
    int code = ManPageGenerator.generateManPage(out, templates, new boolean[0], false, mdc.getCommandSpec());
    if (code != 0) {
      throw new IllegalStateException("the man page generator exited with " + code);
    }
    writeRuleSources(out.toPath().resolve("rule-sources.adoc"));
  }

  private static void writeRuleSources(Path file) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (Rule rule : RuleSet.defaults().all()) {
        w.println("*" + rule.id() + "*::");
        w.println("  " + rule.info().title() + ". _Source:_ " + rule.info().source().cite().replace("*", "\\*") + ".");
        w.println();
      }
    }
  }
}
