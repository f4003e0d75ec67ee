package org.mdc.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdc.assessment.Assessor;
import org.mdc.io.RulebookReader;
import org.mdc.io.SuppressionComments;
import org.mdc.io.ZoneDocument;
import org.mdc.io.ZoneReader;
import org.mdc.rules.RuleSet;

/** What a draft's suppression comments silence, and the findings about the comments themselves. */
class SuppressionsTest {

  private static final String TROOPS_SHORT = read("examples/mandates/troops-short.yaml");
  /** Zone files the drafts name, by name, beside those of examples/mandates. */
  private static final java.util.Map<String, String> ZONES = new java.util.HashMap<>();

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The findings of {@code yaml} as "line rule [suppressed: reason]". */
  private static List<String> check(String yaml, RuleSet rules) {
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    ZoneDocument draft = ZoneReader.readMandate("d.yaml", bytes,
        name -> ZONES.containsKey(name) ? ZONES.get(name).getBytes(StandardCharsets.UTF_8)
            : Files.readAllBytes(Path.of("examples/mandates").resolve(name))).value().orElseThrow();
    List<String> out = new ArrayList<>();
    MandateCheck check = new MandateCheck(new Assessor(rules));
    for (CheckFinding f : check.check(draft, SuppressionComments.read("d.yaml", bytes))) {
      out.add(f.place().line() + " " + f.rule() + (f.suppressed() ? " [suppressed: " + f.suppression().reason() + "]"
          : " " + f.severity().label() + ": " + f.message()));
    }
    return out;
  }

  private static List<String> check(String yaml) {
    return check(yaml, RuleSet.defaults());
  }

  @Test
  void aSuppressionWithAReasonSilencesItsRuleOnItsLineAndNothingElse() {
    assertThat(check(TROOPS_SHORT.replace("  troops: 3000", "  troops: 3000  # mdc: ignore[force-required] capped")))
        .containsExactly("25 force-required [suppressed: capped]");
    assertThat(check(TROOPS_SHORT.replace("  troops: 3000",
        "  # mdc: ignore[force-required] capped by the council\n  troops: 3000")))
        .containsExactly("26 force-required [suppressed: capped by the council]");
    // Another rule's suppression does not silence it, and is itself reported as silencing nothing.
    assertThat(check(TROOPS_SHORT.replace("  troops: 3000", "  troops: 3000  # mdc: ignore[enablers] lift later")))
        .containsExactly("25 force-required error: " + message(TROOPS_SHORT),
            "25 unused-suppression warning: the suppression of enablers silences nothing: line 25 has no enablers"
                + " finding");
  }

  private static String message(String yaml) {
    return check(yaml).get(0).replaceFirst("^25 force-required error: ", "");
  }

  @Test
  void aSuppressionOnAnotherLineSaysWhereTheFindingIs() {
    assertThat(check(TROOPS_SHORT.replace("  helicopters: 7\n  tasks",
        "  helicopters: 7  # mdc: ignore[force-required] wrong line\n  tasks")))
        .contains("26 unused-suppression warning: the suppression of force-required silences nothing: line 26 has no"
            + " force-required finding; mdc reports it on line 25: put the comment at the end of that line or on the"
            + " line above it");
  }

  @Test
  void withoutAReasonOrNamingAnUnknownRuleItIsAnError() {
    assertThat(check(TROOPS_SHORT.replace("  troops: 3000", "  troops: 3000  # mdc: ignore[force-required]  -")))
        .containsExactly("25 force-required error: " + message(TROOPS_SHORT),
            "25 invalid-suppression error: the suppression of force-required gives no reason, so it silences nothing:"
                + " say why after the brackets (# mdc: ignore[RULE-ID] reason)");
    assertThat(check(TROOPS_SHORT.replace("  troops: 3000",
        "  troops: 3000  # mdc: ignore[force-required, force-requird] capped")))
        .containsExactly("25 force-required [suppressed: capped]",
            "25 invalid-suppression error: the suppression names no rule of mdc: 'force-requird'; did you mean"
                + " force-required? ('mdc rules' lists them)");
    assertThat(check(TROOPS_SHORT + "# mdc: ignore[unused-suppression] quiet\n"))
        .contains("28 invalid-suppression error: 'unused-suppression' cannot be suppressed: correct or remove the"
            + " suppression comment it is about");
    assertThat(check(TROOPS_SHORT + "# mdc: ignore force-required capped\n"))
        .contains("28 invalid-suppression error: this suppression is not read: expected the rule ids in brackets:"
            + " # mdc: ignore[RULE-ID] reason");
  }

  @Test
  void aRuleTheRulebookTurnsOffHasNothingToSilence() {
    RuleSet off = RuleSet.of(RulebookReader.read("r.yaml", "force-required: {severity: off}\n"
        .getBytes(StandardCharsets.UTF_8)).value().orElseThrow());
    String capped = TROOPS_SHORT.replace("  troops: 3000", "  troops: 3000  # mdc: ignore[force-required] capped");
    assertThat(check(capped, off))
        .containsExactly("25 unused-suppression warning: the suppression of force-required silences nothing: line 25"
            + " has no force-required finding (the rulebook turns force-required off)");
  }

  @Test
  void findingsInTheZoneFileADraftNamesCannotBeSilencedFromTheDraft() {
    String draft = read("examples/mandates/uses-zone-file.yaml")
        .replace("zone: zones/eastern-province.yaml", "zone: zones/partial.yaml")
        .replace("  troops: 5000", "  # mdc: ignore[host-consent] the host consents in a letter not yet public\n"
            + "  troops: 5000");
    String zone = read("examples/mandates/zones/eastern-province.yaml");
    assertThat(zone).contains("host_consent: full");
    ZONES.put("zones/partial.yaml", zone.replace("host_consent: full", "host_consent: partial"));
    int zoneLine = java.util.Arrays.asList(zone.split("\n")).indexOf("host_consent: full") + 1;
    assertThat(check(draft)).contains("" + zoneLine + " host-consent warning: consent is partial: Eastern Province"
        + " Protection Mission will face contested access and freedom of movement",
        "10 unused-suppression warning: the suppression of host-consent silences nothing: line 11 has no"
            + " host-consent finding; mdc reports it in the zone file zones/partial.yaml (line " + zoneLine + "),"
            + " whose findings a draft's comments cannot silence");
  }

  @Test
  void twoSuppressionsOfOneFindingLeaveTheSecondUnused() {
    assertThat(check(TROOPS_SHORT.replace("  troops: 3000",
        "  # mdc: ignore[force-required] capped\n  troops: 3000  # mdc: ignore[force-required] capped again")))
        .containsExactly("26 force-required [suppressed: capped]",
            "26 unused-suppression warning: the suppression of force-required silences nothing: its finding on line"
                + " 26 is silenced already, by the suppression on line 25");
  }
}
