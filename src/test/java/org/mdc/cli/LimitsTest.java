package org.mdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.mdc.model.Limits;

/** The zone schema, zone files and mission lists all take their bounds from model.Limits. */
class LimitsTest {

  private static final String CSV = "mission,population,troops,largest_force,helicopters\n";

  @Test
  void theSchemaBoundsAreTheDomainLimits() throws IOException {
    JsonNode zone = new ObjectMapper().readTree(CliRun.of("schema", "zone").out());
    // A count is a whole number or a range of estimates: the bound holds in both forms.
    assertThat(zone.at("/properties/population/oneOf/0/maximum").asLong()).isEqualTo(Limits.MAX_POPULATION);
    assertThat(zone.at("/properties/population/oneOf/1/properties/max/maximum").asLong())
        .isEqualTo(Limits.MAX_POPULATION);
    assertThat(zone.at("/properties/helicopters/oneOf/0/maximum").asLong()).isEqualTo(Limits.MAX_HELICOPTERS);
  }

  @Test
  void aMissionListAcceptsEachLimitAndRefusesOneMore() {
    String atLimits = "A," + Limits.MAX_POPULATION + "," + Limits.MAX_HEADCOUNT + "," + Limits.MAX_HEADCOUNT + ","
        + Limits.MAX_HELICOPTERS + "\n";
    assertThat(CliRun.withStdin(CSV + atLimits, "compare", "-").code()).isZero();
    assertThat(CliRun.withStdin(CSV + "A," + (Limits.MAX_POPULATION + 1) + ",1,1,1\n", "compare", "-").code())
        .isEqualTo(65);
    assertThat(CliRun.withStdin(CSV + "A,1000," + (Limits.MAX_HEADCOUNT + 1) + ",1,1\n", "compare", "-").code())
        .isEqualTo(65);
    assertThat(CliRun.withStdin(CSV + "A,1000,1,1," + (Limits.MAX_HELICOPTERS + 1) + "\n", "compare", "-").code())
        .isEqualTo(65);
  }

  @Test
  void aZoneFileRefusesAPopulationOverTheLimit() {
    CliRun run = CliRun.withStdin("name: X\npopulation: " + (Limits.MAX_POPULATION + 1)
        + "\nlargest_armed_force: 100\n", "assess", "-");
    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).contains("-:2:13: population: ");
  }
}
