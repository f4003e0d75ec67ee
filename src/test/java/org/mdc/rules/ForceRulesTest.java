package org.mdc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mdc.TestZones;
import org.mdc.model.ArmedForce;
import org.mdc.model.Range;

/** force-density, force-parity and force-required against 002's Table 1 (July 2014). */
class ForceRulesTest {

  private final RuleSet rules = RuleSet.defaults();

  @ParameterizedTest(name = "{0}: {1} people need {2} to {3} troops")
  @CsvSource({
    "Darfur (UNAMID), 6000000, 12000, 60000",
    "South Sudan (UNMISS), 8000000, 16000, 80000",
    "Mali (MINUSMA), 6000000, 12000, 60000",
    "Macedonia (UNPREDEP), 2000000, 4000, 20000"
  })
  void densityReproducesTable1(String zone, long population, long min, long max) {
    ForceDensity density = new ForceDensity(Rulebook.defaults().settingsFor(ForceDensity.INFO));
    assertThat(density.required(population)).isEqualTo(new Range(min, max));
  }

  @Test
  void densityRoundsUpToWholeTroops() {
    ForceDensity density = new ForceDensity(Rulebook.defaults().settingsFor(ForceDensity.INFO));
    // 1,001 people at 2 per 1,000 is 2.002 troops: three soldiers, not two.
    assertThat(density.required(1_001)).isEqualTo(new Range(3, 11));
    assertThat(density.required(1)).isEqualTo(new Range(1, 1));
  }

  @Test
  void densityTakesFractionalRatesExactly() {
    Rulebook book = new Rulebook("test", Map.of("force-density",
        Map.of("per_thousand_min", new BigDecimal("2.5"), "per_thousand_max", new BigDecimal("20"))));
    ForceDensity density = new ForceDensity(book.settingsFor(ForceDensity.INFO));
    assertThat(density.required(6_000_000)).isEqualTo(new Range(15_000, 120_000));
    assertThat(density.required(1_001)).isEqualTo(new Range(3, 21));
  }

  @Test
  void densityRejectsAMinimumAboveTheMaximum() {
    Rulebook book = new Rulebook("test", Map.of("force-density", Map.of("per_thousand_min", new BigDecimal("20"))));
    assertThatThrownBy(() -> new ForceDensity(book.settingsFor(ForceDensity.INFO)))
        .hasMessageContaining("per_thousand_min 20 is above per_thousand_max 10");
  }

  @Test
  void densityDoesNotOverflowAtTenBillionPeople() {
    ForceDensity density = new ForceDensity(Rulebook.defaults().settingsFor(ForceDensity.INFO));
    assertThat(density.required(10_000_000_000L)).isEqualTo(new Range(20_000_000, 100_000_000));
  }

  @ParameterizedTest(name = "{0}: parity {1} to {2}")
  @CsvSource({
    "Darfur, 40000, 45000",
    "South Sudan, 40000, 40000",
    "Mali, 15000, 30000"
  })
  void parityIsTheLargestForceAsARange(String zone, long min, long max) {
    assertThat(new ForceParity().required(ArmedForce.ofStrength(new Range(min, max)))).isEqualTo(new Range(min, max));
  }

  @ParameterizedTest(name = "{0}: required minimum {3}")
  @CsvSource({
    "Darfur, 6000000, 40000, 40000",
    "South Sudan, 8000000, 40000, 40000",
    "Mali, 6000000, 15000, 15000",
    "density governs, 30000000, 40000, 60000"
  })
  void requiredIsTheLargerMinimum(String zone, long population, long parityMin, long required) {
    ForceRequirement force = rules.forceRequirement(TestZones.zone(population, parityMin));
    assertThat(force.requiredMin()).isEqualTo(required);
    assertThat(force.requiredMin()).isGreaterThanOrEqualTo(force.density().min()).isGreaterThanOrEqualTo(force.parity().min());
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource(delimiter = '|', value = {
    "0|0", "999|999", "1000|1,000", "15362|15,362", "6000000|6,000,000", "-24638|-24,638",
    "-999|-999", "9223372036854775807|9,223,372,036,854,775,807", "-9223372036854775808|-9,223,372,036,854,775,808"
  })
  void figuresAreGroupedByThousandsAsTheSourcesWriteThem(long n, String written) {
    assertThat(Numbers.grouped(n)).isEqualTo(written).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", n));
  }

  @Test
  void densityGovernsOnlyWhenItsMinimumIsAtLeastParity() {
    assertThat(rules.forceRequirement(TestZones.zone(6_000_000, 40_000)).densityGoverns()).isFalse();
    assertThat(rules.forceRequirement(TestZones.zone(6_000_000, 12_000)).densityGoverns()).isTrue();
  }
}
