package org.mdc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version from the pom, filtered into a resource at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/org/mdc/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"mdc " + properties.getProperty("version", "unknown") + " (rulebook: defaults of the domain brief)"};
  }
}
