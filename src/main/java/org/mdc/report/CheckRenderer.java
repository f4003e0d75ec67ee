package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import org.mdc.check.CheckResult;

/** Writes the result of {@code mdc check} in one format; renderers compute nothing. */
public interface CheckRenderer {

  void render(CheckResult result, Writer out) throws IOException;

  /** The label CI tools use for a severity: error, warning or note. */
  static String level(org.mdc.rules.Severity severity) {
    return severity == org.mdc.rules.Severity.INFO ? "note" : severity.label();
  }

  /** A file name as a relative URI with forward slashes, as SARIF and CI annotations want it. */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    if (path.startsWith("./")) {
      path = path.substring(2);
    }
    try {
      return new java.net.URI(null, null, path, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      return path;
    }
  }
}
