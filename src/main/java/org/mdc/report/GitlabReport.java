package org.mdc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import org.mdc.check.CheckFinding;
import org.mdc.check.CheckResult;
import org.mdc.rules.Severity;

/**
 * GitLab's Code Quality report: a JSON array of Code Climate issues, each with a description, a
 * check name (the rule id), a fingerprint, a severity and a location (path and first line).
 *
 * <p>Severities: error is {@code critical}, warning {@code minor}, note {@code info}. The
 * fingerprint is the SHA-256 of the draft's path, the rule id, the field at fault and, for a
 * second finding with all three the same, its rank: it holds when lines move or figures change,
 * so GitLab matches a finding across pipelines. Findings a baseline shows fixed are left out;
 * GitLab compares reports itself. Findings the draft suppresses are left out too: Code Climate
 * issues have no way to say that one was silenced, and why.
 */
public final class GitlabReport implements CheckRenderer {

  private final Path workingDirectory;

  /** A report whose absolute paths under {@code workingDirectory} are written relative to it. */
  public GitlabReport(Path workingDirectory) {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  @Override
  public void render(CheckResult result, Writer out) throws IOException {
    Map<String, Integer> seen = new HashMap<>();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (CheckFinding f : result.findings()) {
        if (f.state() == CheckFinding.BaselineState.ABSENT || f.suppressed()) {
          continue;
        }
        String path = path(f.place().file());
        String key = path + "\u0000" + f.rule() + "\u0000" + f.finding().field();
        int rank = seen.merge(key, 1, Integer::sum);
        g.writeStartObject();
        g.writeStringField("description", f.message());
        g.writeStringField("check_name", f.rule());
        g.writeStringField("fingerprint", sha256(rank == 1 ? key : key + "\u0000" + rank));
        g.writeStringField("severity", severity(f.severity()));
        g.writeObjectFieldStart("location");
        g.writeStringField("path", path);
        g.writeObjectFieldStart("lines");
        g.writeNumberField("begin", f.place().line());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.write("\n");
  }

  /** GitLab's severity for one of mdc's. */
  static String severity(Severity severity) {
    switch (severity) {
      case ERROR:
        return "critical";
      case WARNING:
        return "minor";
      default:
        return "info";
    }
  }

  /** The path as GitLab links it: relative to the repository, forward slashes, no leading "./". */
  private String path(String file) {
    Path p = Path.of(file);
    if (p.isAbsolute() && p.normalize().startsWith(workingDirectory)) {
      p = workingDirectory.relativize(p.normalize());
    }
    String s = p.toString().replace('\\', '/');
    while (s.startsWith("./")) {
      s = s.substring(2);
    }
    return s;
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : hash) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
