package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** existing_presence as a list, with regional-force and country-team, through the command line. */
class SeveralPresencesTest {

  /** CAR in late 2013 as 002 tells it, with the regional force beside the UN office (an assumption here). */
  private static final String CAR = "name: CAR\npopulation: 4600000\n"
      + "largest_armed_force: {kind: non-state, min: 15000, max: 25000}\n"
      + "host_consent: full\nhost_role: failing\nthreat: non-state\nphase: post-rubicon\natrocities: ongoing\n"
      + "military_backing: committed\nobjectives_reconcilable: yes\n";

  private static JsonSchema zoneSchema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(CliRun.of("schema", "zone").out());
  }

  @Test
  void eachPresenceIsNamedAsThePlatformForItsConfiguration() {
    CliRun run = CliRun.withStdin(CAR + "existing_presence: [political-mission, regional-force]\n", "assess", "-");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Primary: a preventive deployment")
        .contains("2 presences are already on the ground: the political mission is the platform for mediation and"
            + " good offices beside the preventive deployment (003); the regional force is the platform for the"
            + " preventive deployment, by expansion or hand-over");
  }

  @Test
  void noMediationAdviceWhereObjectivesAreNotReconcilable() {
    CliRun run = CliRun.withStdin(CAR.replace("objectives_reconcilable: yes", "objectives_reconcilable: no")
        + "existing_presence: [political-mission, regional-force]\n", "assess", "-");
    assertThat(run.out()).doesNotContain("platform for mediation")
        .contains("the political mission is the platform for early warning and reporting beside the preventive"
            + " deployment");
  }

  @Test
  void aCountryTeamKeepsItsStaffInPlace() {
    CliRun run = CliRun.withStdin(CAR + "existing_presence: country-team\n", "assess", "-");
    assertThat(run.out()).contains("a UN country team is already on the ground: it is configured for humanitarian and"
        + " development work, not for a protection crisis (002): it should keep its international staff in place");
  }

  @Test
  void jsonGivesAListOnlyForSeveralPresences() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode several = json.readTree(CliRun.withStdin(CAR + "existing_presence: [country-team, regional-force]\n",
        "assess", "-", "--format", "json").out());
    assertThat(several.at("/zone/existing_presence").toString()).isEqualTo("[\"country-team\",\"regional-force\"]");
    JsonNode one = json.readTree(CliRun.withStdin(CAR + "existing_presence: [peacekeeping]\n",
        "assess", "-", "--format", "json").out());
    assertThat(one.at("/zone/existing_presence").asText()).isEqualTo("peacekeeping");
  }

  @Test
  void aListOfOneIsTheSameAsTheValue() {
    assertThat(CliRun.withStdin(CAR + "existing_presence: [peacekeeping]\n", "assess", "-").out())
        .isEqualTo(CliRun.withStdin(CAR + "existing_presence: peacekeeping\n", "assess", "-").out());
  }

  static Stream<Arguments> badLists() {
    return Stream.of(
        Arguments.of("existing_presence: []\n", "11:20: existing_presence: expected one or more of political-mission,"
            + " regional-office, peacekeeping, regional-force, country-team in the list; write none when there is no"
            + " presence"),
        Arguments.of("existing_presence: [none, peacekeeping]\n", "11:21: existing_presence: none stands alone, not in"
            + " a list: write existing_presence: none, or list the presences"),
        Arguments.of("existing_presence: [peacekeeping, peacekeeping]\n", "11:35: existing_presence: peacekeeping is"
            + " listed twice: list each presence once"),
        Arguments.of("existing_presence: [regional-forse]\n", "11:21: existing_presence: expected one of none,"
            + " political-mission, regional-office, peacekeeping, regional-force, country-team, unknown, found"
            + " 'regional-forse'; did you mean 'regional-force'?"),
        Arguments.of("existing_presence: {a: 1}\n", "11:20: existing_presence: expected one of"));
  }

  @ParameterizedTest
  @MethodSource("badLists")
  void theReaderAndTheSchemaRefuseTheSameLists(String line, String message) throws Exception {
    CliRun run = CliRun.withStdin(CAR + line, "assess", "-");
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains("-:" + message);
    assertThat(zoneSchema().validate(new YAMLMapper().readTree(CAR + line))).as(line).isNotEmpty();
  }

  @Test
  void theSchemaAcceptsAValueOrAList() throws Exception {
    for (String line : new String[] {"existing_presence: none\n", "existing_presence: [country-team]\n",
        "existing_presence: [political-mission, regional-force, country-team]\n"}) {
      assertThat(zoneSchema().validate(new YAMLMapper().readTree(CAR + line))).as(line).isEmpty();
      assertThat(CliRun.withStdin(CAR + line, "assess", "-").code()).as(line).isZero();
    }
  }

  @Test
  void rulesShowWhatEachPlatformRestsOn() {
    assertThat(CliRun.of("rules", "existing-presence").out()).contains("What its advice rests on:")
        .contains("  - a regional force (African Union, ECOWAS) is a platform for a preventive deployment")
        .contains("rests on: seed 004 Chatham House")
        .contains("rests on: outside reference, UN Security Council Resolution 2149 (S/RES/2149, 10 April 2014)"
            + " (not in the seeds)")
        .contains("rests on: seed 002 Bellamy & Lupel, Why We Fail (IPI, 2015), \"Obstacles under a Limited UN Field"
            + " Presence\"");
  }
}
