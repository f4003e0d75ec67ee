package org.mdc.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mdc.check.CheckFinding;
import org.mdc.check.CheckResult;
import org.mdc.rules.Rule;
import org.mdc.rules.RuleSet;

/**
 * JUnit XML (the Apache Ant schema Jenkins and GitLab read): one test suite per draft, one test
 * case per rule (and one for each rule about suppression comments); a test case fails when the
 * draft has a finding of that rule at or above the fail level. Findings the draft suppresses never
 * fail; they are listed in the suite's system-out with the reason given.
 */
public final class JUnitReport implements CheckRenderer {

  private final RuleSet rules;
  private final Instant timestamp;
  private final String hostname;

  public JUnitReport(RuleSet rules, Instant timestamp, String hostname) {
    this.rules = rules;
    this.timestamp = timestamp;
    this.hostname = hostname;
  }

  /**
   * The test cases of a draft with {@code findings}: every rule's id (a rule that compares the dates
   * of a timeline only where it reported something), then those of the rules about suppression
   * comments.
   */
  private List<String> ruleIds(List<CheckFinding> findings) {
    List<String> ids = new java.util.ArrayList<>();
    for (Rule rule : rules.all()) {
      if (!rule.comparesDates() || findings.stream().anyMatch(f -> f.rule().equals(rule.id()))) {
        ids.add(rule.id());
      }
    }
    for (org.mdc.check.SuppressionRule rule : org.mdc.check.SuppressionRule.values()) {
      ids.add(rule.id());
    }
    return ids;
  }

  /** Text with the characters XML 1.0 cannot hold replaced by U+FFFD. */
  static String xmlSafe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      out.appendCodePoint(allowed ? c : 0xFFFD);
    });
    return out.toString();
  }

  @Override
  public void render(CheckResult result, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      String when = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
          timestamp.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).toLocalDateTime());
      int id = 0;
      for (String file : result.files()) {
        List<CheckFinding> findings = result.findings().stream()
            .filter(f -> f.file().equals(file) && f.state() != CheckFinding.BaselineState.ABSENT)
            .collect(Collectors.toList());
        List<String> all = ruleIds(findings);
        long failures = all.stream().filter(r -> findings.stream().anyMatch(f -> f.rule().equals(r)
            && result.failing(f))).count();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", xmlSafe(file));
        xml.writeAttribute("package", "mdc.check");
        xml.writeAttribute("id", Integer.toString(id++));
        xml.writeAttribute("timestamp", when);
        xml.writeAttribute("hostname", hostname);
        xml.writeAttribute("tests", Integer.toString(all.size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("time", "0");
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("properties");
        for (String rule : all) {
          List<CheckFinding> ofRule = findings.stream().filter(f -> f.rule().equals(rule))
              .collect(Collectors.toList());
          List<CheckFinding> failing = ofRule.stream().filter(result::failing).collect(Collectors.toList());
          xml.writeCharacters("\n    ");
          if (failing.isEmpty()) {
            xml.writeEmptyElement("testcase");
          } else {
            xml.writeStartElement("testcase");
          }
          xml.writeAttribute("name", rule);
          xml.writeAttribute("classname", xmlSafe(file));
          xml.writeAttribute("time", "0");
          if (!failing.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", xmlSafe(failing.get(0).message()));
            xml.writeAttribute("type", CheckRenderer.level(failing.get(0).severity()));
            xml.writeCharacters(xmlSafe(failing.stream()
                .map(f -> f.place().file() + ":" + f.place().line() + ":" + f.place().column() + ": "
                    + CheckRenderer.level(f.severity()) + ": " + f.message())
                .collect(Collectors.joining("\n"))));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
          }
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(xmlSafe(findings.stream().filter(f -> !result.failing(f))
            .map(f -> f.place().file() + ":" + f.place().line() + ": " + CheckRenderer.level(f.severity()) + ": "
                + f.message() + " [" + f.rule() + "]"
                + (f.suppressed() ? " (suppressed on line " + f.suppression().place().line() + ": "
                    + f.suppression().reason() + ")" : ""))
            .collect(Collectors.joining("\n"))));
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("system-err");
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }
}
