package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands described by hand ({@link Models}): picocli never reads their annotations, so an
 * annotation added to one would be silently ignored; and their options must behave as the
 * annotated ones did.
 */
class ModelsTest {

  /** Classes whose model is built by hand, and the classes of the options they share. */
  private static final List<Class<?>> BY_HAND = List.of(MdcCommand.class, AssessCommand.class, CheckCommand.class, CompareCommand.class, RulesCommand.class,
      RulebookCommand.class, Terminal.class, RulesOption.class, ConfigOption.class);

  @Test
  void noClassDescribedByHandCarriesAPicocliAnnotationThatWouldBeIgnored() {
    List<String> found = new ArrayList<>();
    for (Class<?> type : BY_HAND) {
      List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
      elements.add(type);
      for (AnnotatedElement element : elements) {
        for (Annotation a : element.getDeclaredAnnotations()) {
          if (a.annotationType().getName().startsWith("picocli.")) {
            found.add(element + ": " + a.annotationType().getSimpleName());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** The command line after {@code args} are parsed, with the values of the subcommand's options read. */
  private static CommandLine parsed(String... args) {
    CommandLine line = Main.commandLine(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        Terminal.Device.SYSTEM, Set.of("assess", "check", "compare", "rules"));
    line.parseArgs(args);
    MdcSubcommand sub = (MdcSubcommand) line.getSubcommands().get(args[0]).getCommandSpec().userObject();
    sub.parent().terminal.bind();
    sub.bind();
    return line;
  }

  @Test
  void assessOptionsReachTheirFields() {
    CommandLine line = parsed("assess", "zone.yaml", "-f", "JSON", "--rules", "r.yaml", "--no-config", "-v",
        "--color", "never", "-q");
    AssessCommand assess = (AssessCommand) line.getSubcommands().get("assess").getCommandSpec().userObject();
    assertThat(assess.file).isEqualTo("zone.yaml");
    assertThat(assess.format).isEqualTo(AssessCommand.Format.json);
    assertThat(assess.rulesOption.file).isEqualTo("r.yaml");
    assertThat(assess.configOption.none).isTrue();
    assertThat(assess.configOption.verbose).isTrue();
    MdcCommand root = (MdcCommand) line.getCommandSpec().userObject();
    assertThat(root.terminal.color).isEqualTo(Terminal.ColorWhen.never);
    assertThat(root.terminal.quiet).isTrue();
  }

  @Test
  void defaultsApplyWhenOptionsAreLeftOut() {
    CommandLine line = parsed("check");
    CheckCommand check = (CheckCommand) line.getSubcommands().get("check").getCommandSpec().userObject();
    assertThat(check.format).isEqualTo(CheckCommand.Format.text);
    assertThat(check.failOn).isNull();
    assertThat(check.zoneRoots).isEmpty();
    assertThat(check.inputs).isNullOrEmpty();
    assertThat(check.configOption.file).isNull();
    assertThat(check.configOption.none).isFalse();
    MdcCommand root = (MdcCommand) line.getCommandSpec().userObject();
    assertThat(root.terminal.color).isEqualTo(Terminal.ColorWhen.auto);
    assertThat(root.terminal.quiet).isFalse();
  }

  @Test
  void checkTakesRepeatedRootsSeveralDraftsAndInfoForNote() {
    CommandLine line = parsed("check", "a.yaml", "drafts/", "--zone-root", "z1", "--zone-root", "z2",
        "--fail-on", "info", "--baseline", "old/", "--stdin-filename", "d.yaml", "--config", "c.yaml");
    CheckCommand check = (CheckCommand) line.getSubcommands().get("check").getCommandSpec().userObject();
    assertThat(check.inputs).containsExactly("a.yaml", "drafts/");
    assertThat(check.zoneRoots).containsExactly("z1", "z2");
    assertThat(check.failOn).isEqualTo(org.mdc.check.FailLevel.NOTE);
    assertThat(check.baseline).isEqualTo("old/");
    assertThat(check.stdinFilename).isEqualTo("d.yaml");
    assertThat(check.configOption.file).isEqualTo("c.yaml");
  }

  @Test
  void compareOptionsReachTheirFields() {
    CommandLine line = parsed("compare", "m.csv", "--rules", "r.yaml", "--quiet", "-o", "out.csv", "--sort",
        "coverage_pct", "--only-short", "-f", "markdown");
    CompareCommand compare = (CompareCommand) line.getSubcommands().get("compare").getCommandSpec().userObject();
    assertThat(compare.file).isEqualTo("m.csv");
    assertThat(compare.rulesOption.file).isEqualTo("r.yaml");
    assertThat(compare.output).isEqualTo("out.csv");
    assertThat(compare.sort).isEqualTo(CompareCommand.SortKey.coverage_pct);
    assertThat(compare.onlyShort).isTrue();
    assertThat(compare.strict).isFalse();
    assertThat(compare.format).isEqualTo(CompareCommand.Format.markdown);
    assertThat(((MdcCommand) line.getCommandSpec().userObject()).terminal.quiet).isTrue();
  }

  @Test
  void rulesOptionsReachTheirFields() {
    CommandLine line = parsed("rules", "force-density", "--rules", "r.yaml", "--quiet");
    CommandSpec rules = line.getSubcommands().get("rules").getCommandSpec();
    assertThat(((RulesCommand) rules.userObject()).rulesOption.file).isEqualTo("r.yaml");
    assertThat(((RulesCommand) rules.userObject()).id).isEqualTo("force-density");
    assertThat(rules.findOption("--config")).isNotNull();
    assertThat(rules.findOption("--help")).isNotNull();
    assertThat(((MdcCommand) line.getCommandSpec().userObject()).terminal.quiet).isTrue();
  }

  @Test
  void optionsAreDeclaredSharedFirstThenOwnThenHelpAsTheAnnotationsDid() {
    CommandLine line = parsed("assess", "zone.yaml");
    List<String> names = new ArrayList<>();
    for (CommandLine.Model.OptionSpec o : line.getSubcommands().get("assess").getCommandSpec().options()) {
      names.add(o.longestName());
    }
    // The order breaks ties between suggestions for a mistyped option (--ver: --verbose, --version).
    assertThat(names).containsExactly("--rules", "--config", "--no-config", "--verbose", "--format", "--help",
        "--version", "--color", "--quiet");
    CliRun typo = CliRun.of("assess", "x.yaml", "--ver");
    assertThat(typo.err()).contains("Possible solutions: --verbose, --version");
  }
}
