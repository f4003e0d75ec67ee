package org.mdc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version from the pom, filtered into a resource at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"mdc " + version(), "default rulebook: " + org.mdc.rules.Rulebook.DEFAULTS_VERSION
        + " (the rules and figures of the domain brief)"};
  }

  /**
   * The version of the pom, such as {@code 0.1.0}: from the jar's manifest (Implementation-Version),
   * which the class-data archive keeps, so that the jar need not be opened; from the filtered
   * resource when the classes run outside the jar (the tests).
   */
  String version() {
    String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
    if (fromManifest != null) {
      return fromManifest;
    }
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/org/mdc/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
