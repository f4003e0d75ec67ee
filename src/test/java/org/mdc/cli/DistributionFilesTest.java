package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The files of the distributions that must agree with the repository: the release launcher runs
 * the JVM as ./mdc does, and the GitHub Action installs the version the pom builds. (.ci/dist-test
 * and .ci/integrations-test use the distributions themselves.)
 */
class DistributionFilesTest {

  private static final Pattern JVM_OPTION = Pattern.compile("-X[A-Za-z0-9:+=-]*[A-Za-z0-9]");

  /** The JVM options a launcher gives: the common ones, then each command's, in order. */
  static List<String> jvmSettings(String script) {
    List<String> settings = new ArrayList<>();
    String branch = "";
    for (String line : script.split("\n")) {
      String t = line.trim();
      if (t.matches("[a-z*|]+\\)")) {
        branch = t;
      }
      if (t.startsWith("opts=(") || t.startsWith("opts+=(")) {
        Matcher m = JVM_OPTION.matcher(t);
        while (m.find()) {
          if (!m.group().startsWith("-XX:SharedArchiveFile")) {
            settings.add(branch + " " + m.group());
          }
        }
      }
    }
    return settings;
  }

  @Test
  void theReleaseLauncherGivesTheJvmTheSettingsOfTheRepositoryLauncher() throws IOException {
    List<String> repository = jvmSettings(Files.readString(Path.of("mdc")));
    List<String> release = jvmSettings(Files.readString(Path.of("src/dist/bin/mdc")));
    assertThat(repository).contains(" -XX:+UseSerialGC", "compare) -XX:InlineSmallCode=1000", "*) -XX:TieredStopAtLevel=1");
    assertThat(release).isEqualTo(repository);
    assertThat(Files.readString(Path.of("src/dist/bin/mdc"))).contains("-XX:SharedArchiveFile=\"$archive\"");
  }

  @Test
  void aLauncherThatDriftsIsCaught() {
    // The comparison above can fail: a launcher that lost the C1-only setting differs.
    String drifted = "opts=(-XX:+UseSerialGC)\ncase x in\n  compare)\n    opts+=(-XX:-TieredCompilation) ;;\n"
        + "  *)\n    opts+=() ;;\nesac\n";
    String kept = drifted.replace("opts+=() ;;", "opts+=(-XX:TieredStopAtLevel=1) ;;");
    assertThat(jvmSettings(drifted)).isNotEqualTo(jvmSettings(kept));
  }

  @Test
  void theGithubActionInstallsTheVersionThePomBuilds() throws IOException {
    JsonNode action = new ObjectMapper(new YAMLFactory()).readTree(Path.of("action.yml").toFile());
    assertThat(action.at("/inputs/version/default").asText()).isEqualTo(new VersionProvider().version());
    assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
  }
}
