package org.mdc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdc.model.Answer;
import org.mdc.model.HostRole;
import org.mdc.model.Range;
import org.mdc.model.Task;
import org.mdc.model.Zone;

/** The zone file contract: every field read, every bad input reported with line, column and field. */
class ZoneReaderTest {

  private static final String VALID =
      "name: Test\npopulation: 6000000\nlargest_armed_force: 40000\nhelicopters: 5\nhost_consent: full\n";

  private static Parsed<ZoneDocument> read(String yaml) {
    return ZoneReader.read("zone.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheDarfurExampleWithEveryField() throws Exception {
    Parsed<ZoneDocument> parsed = ZoneReader.read("darfur", Files.readAllBytes(Path.of("examples/darfur-2014.yaml")));
    assertThat(parsed.problems()).isEmpty();
    Zone z = parsed.value().get().zone();
    assertThat(z.population()).isEqualTo(Range.of(6_000_000));
    assertThat(z.largestArmedForce().strength()).isEqualTo(new Range(40_000, 45_000));
    assertThat(z.hostRole()).isEqualTo(HostRole.PERPETRATOR);
    assertThat(z.armedConflict()).isEqualTo(Answer.YES);
    assertThat(z.mission().get().troops()).isEqualTo(Range.of(15_362));
    assertThat(z.mission().get().tasks()).containsExactly(Task.PROTECTION_OF_CIVILIANS);
    assertThat(parsed.value().get().sourceMap().locate("mission.troops").location()).isEqualTo(new Location(30, 3));
    assertThat(parsed.value().get().sourceMap().locate("mission.tripwires").location()).isEqualTo(new Location(27, 1));
  }

  @Test
  void readsTheProtectionFieldsAndTheOrganizations() {
    Zone z = read(VALID + "organizations:\n  - {name: ECOWAS, kind: regional, covers_zone: yes, willing: true,"
        + " capacity: low}\n  - name: OSCE\n    kind: regional\n    covers_zone: no\n"
        + "mission:\n  type: peacekeeping\n  police: 50\n  use_of_force: chapter-vii\n  caveats: [no night patrols]\n"
        + "  staff_policy: stay\n  reporting:\n    cadence_days: 30\n    triggers: [attacks on camps]\n")
        .value().get().zone();
    assertThat(z.organizations()).containsExactly(
        new org.mdc.model.Organization("ECOWAS", org.mdc.model.OrganizationKind.REGIONAL, Answer.YES, Answer.YES,
            org.mdc.model.Capacity.LOW),
        new org.mdc.model.Organization("OSCE", org.mdc.model.OrganizationKind.REGIONAL, Answer.NO, Answer.UNKNOWN,
            org.mdc.model.Capacity.UNKNOWN));
    org.mdc.model.Mission m = z.mission().get();
    assertThat(m.police()).hasValue(50);
    assertThat(m.useOfForce()).contains(org.mdc.model.UseOfForce.CHAPTER_VII);
    assertThat(m.caveats()).containsExactly("no night patrols");
    assertThat(m.staffPolicy()).contains(org.mdc.model.StaffPolicy.STAY);
    assertThat(m.reporting().get().cadenceDays()).hasValue(30);
    assertThat(m.reporting().get().triggers()).containsExactly("attacks on camps");
  }

  @Test
  void aMandateNamingAZoneKeepsTheZonesOrganizations() {
    Parsed<ZoneDocument> parsed = ZoneReader.readMandate("d.yaml",
        "zone: z.yaml\nmission: {type: peacekeeping, police: 0}\n".getBytes(StandardCharsets.UTF_8),
        name -> (VALID + "organizations: [{name: AU, kind: regional}]\n").getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.value().get().zone().organizations()).hasSize(1);
    assertThat(parsed.value().get().zone().mission().get().police()).hasValue(0);
    assertThat(parsed.value().get().sourceMap().locate("mission.police").location()).isEqualTo(new Location(2, 31));
  }

  @Test
  void absentNewFieldsAreUnknownOrEmpty() {
    Zone z = read(VALID + "mission: {type: peacekeeping}\n").value().get().zone();
    assertThat(z.organizations()).isEmpty();
    assertThat(z.mission().get().police()).isEmpty();
    assertThat(z.mission().get().useOfForce()).isEmpty();
    assertThat(z.mission().get().caveats()).isEmpty();
    assertThat(z.mission().get().staffPolicy()).isEmpty();
    assertThat(z.mission().get().reporting()).isEmpty();
  }

  @Test
  void absentOptionalFieldsAreUnknown() {
    Zone z = read(VALID).value().get().zone();
    assertThat(z.hostRole()).isEqualTo(HostRole.UNKNOWN);
    assertThat(z.objectivesReconcilable()).isEqualTo(Answer.UNKNOWN);
    assertThat(z.mission()).isEmpty();
  }

  @Test
  void yesAndNoAreAnswers() {
    assertThat(read(VALID + "objectives_reconcilable: yes\narmed_conflict: no\n").value().get().zone())
        .satisfies(z -> {
          assertThat(z.objectivesReconcilable()).isEqualTo(Answer.YES);
          assertThat(z.armedConflict()).isEqualTo(Answer.NO);
        });
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("typo in a key", VALID + "popluation: 3\n", "6:1: popluation: unknown field 'popluation'; did you mean 'population'?"),
        Arguments.of("text for a number", VALID.replace("6000000", "six million"), "2:13: population: expected a whole number"),
        Arguments.of("quoted number", VALID.replace("6000000", "\"6000000\""), "without quotes"),
        Arguments.of("float for a count", VALID.replace("helicopters: 5", "helicopters: 2.5"), "4:14: helicopters: expected a whole number from 0"),
        Arguments.of("null for a count", VALID.replace("population: 6000000", "population: ~"), "population: required field is missing"),
        Arguments.of("zero population", VALID.replace("6000000", "0"), "population: expected a whole number from 1"),
        Arguments.of("negative population", VALID.replace("6000000", "-5"), "population: expected a whole number from 1"),
        Arguments.of("beyond a long", VALID.replace("6000000", "99999999999999999999999"), "population: expected a whole number"),
        Arguments.of("unknown enum value", VALID.replace("full", "maybe"), "host_consent: expected one of full, partial, none"),
        Arguments.of("enum typo", VALID.replace("full", "partail"), "did you mean 'partial'?"),
        Arguments.of("missing required field", "name: X\n", "population: required field is missing"),
        Arguments.of("min above max", VALID.replace("40000", "{min: 50, max: 10}"), "largest_armed_force.min: min (50) is above max (10)"),
        Arguments.of("empty file", "", "the file is empty"),
        Arguments.of("a list instead of a mapping", "- a\n- b\n", "expected a mapping of zone fields"),
        Arguments.of("a bare scalar", "hello\n", "expected a mapping of zone fields"),
        Arguments.of("duplicate key", VALID + "population: 5\n", "the key 'population' appears twice (first on line 2)"),
        Arguments.of("two documents", VALID + "---\n" + VALID, "more than one YAML document"),
        Arguments.of("an alias", "name: &n X\npopulation: 1\nlargest_armed_force: 1\nhelicopters: 0\nhost_consent: full\nmission: {name: *n, type: peacekeeping}\n", "aliases"),
        Arguments.of("tabs", "name: X\n\tpopulation: 1\n", "not valid YAML"),
        Arguments.of("bad task", VALID + "mission: {type: peacekeeping, tasks: [protect]}\n", "mission.tasks: expected one of protection-of-civilians"),
        Arguments.of("mission without type", VALID + "mission: {name: M}\n", "mission.type: required field is missing"),
        Arguments.of("quoted police", VALID + "mission: {type: peacekeeping, police: \"50\"}\n", "6:39: mission.police: expected a whole number from 0"),
        Arguments.of("bad use of force", VALID + "mission: {type: peacekeeping, use_of_force: robust}\n",
            "mission.use_of_force: expected one of self-defence, protection-of-civilians, chapter-vii, found 'robust'"),
        Arguments.of("bad staff policy", VALID + "mission:\n  type: peacekeeping\n  staff_policy: leave\n",
            "8:17: mission.staff_policy: expected one of stay, relocate"),
        Arguments.of("caveats not a list", VALID + "mission: {type: peacekeeping, caveats: none}\n",
            "mission.caveats: expected a list"),
        Arguments.of("reporting typo", VALID + "mission:\n  type: peacekeeping\n  reporting: {triger: [x]}\n",
            "mission.reporting.triger: unknown field 'triger'; did you mean 'triggers'?"),
        Arguments.of("reporting every 0 days", VALID + "mission:\n  type: peacekeeping\n  reporting: {cadence_days: 0}\n",
            "mission.reporting.cadence_days: expected a whole number from 1"),
        Arguments.of("organizations not a list", VALID + "organizations: UN\n", "6:16: organizations: expected a list"),
        Arguments.of("organization without kind", VALID + "organizations:\n  - name: ECOWAS\n",
            "7:5: organizations[1].kind: required field is missing: expected one of un, regional, ad-hoc, regional-office"),
        Arguments.of("organization kind typo", VALID + "organizations:\n  - {name: AU, kind: regonal}\n",
            "organizations[1].kind: expected one of un, regional, ad-hoc, regional-office, found 'regonal'; did you mean 'regional'?"),
        Arguments.of("organization willing maybe", VALID + "organizations:\n  - {name: AU, kind: regional}\n  - {name: UN, kind: un, willing: maybe}\n",
            "8:35: organizations[2].willing: expected one of yes, no, unknown, found 'maybe'"),
        Arguments.of("organization capacity typo", VALID + "organizations:\n  - {name: AU, kind: regional, capacity: hihg}\n",
            "organizations[1].capacity: expected one of high, low, unknown"),
        Arguments.of("organization field typo", VALID + "organizations:\n  - {name: AU, kind: regional, covers: yes}\n",
            "organizations[1].covers: unknown field 'covers'; did you mean 'covers_zone'?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsReportedWithItsPlace(String what, String yaml, String expected) {
    Parsed<ZoneDocument> parsed = read(yaml);
    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.problems()).isNotEmpty();
    assertThat(parsed.problems()).anySatisfy(p -> assertThat(p.describe()).startsWith("zone.yaml:").contains(expected));
  }

  @Test
  void everyProblemIsReportedInOnePass() {
    Parsed<ZoneDocument> parsed = read("name: X\npopulation: -1\nlargest_armed_force: lots\nhelicopters: 2.5\nhost_consent: maybe\nphse: x\n");
    assertThat(parsed.problems()).hasSize(5);
  }

  @Test
  void byteOrderMarkIsSkippedAndBadUtf8IsNamed() {
    assertThat(read("\uFEFF" + VALID).ok()).isTrue();
    byte[] latin1 = (VALID + "# caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ZoneReader.read("z", latin1).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not UTF-8").contains("line 6"));
  }

  @Test
  void veryDeepNestingAndHugeFilesAreRefused() {
    String deep = "name: " + "[".repeat(200) + "]".repeat(200) + "\n";
    assertThat(read(deep).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("nested more than 32 levels deep"));
    byte[] huge = new byte[YamlTree.MAX_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) '#');
    assertThat(ZoneReader.read("z", huge).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("larger than 1 MiB"));
  }
}
