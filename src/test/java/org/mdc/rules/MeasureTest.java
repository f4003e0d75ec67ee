package org.mdc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Measure: the one place that decides whether a requirement is met, with 002's figures. */
class MeasureTest {

  @Test
  void unamidAgainstParityIsShortBy24638Or62Percent() {
    Measure m = new Measure(40_000, 15_362); // 002, Table 1
    assertThat(m.isMet()).isFalse();
    assertThat(m.shortfall()).isEqualTo(24_638);
    assertThat(m.shortfallPercent()).hasValue(62);
  }

  @Test
  void meetingTheRequirementExactlyIsMetWithNoShortfall() {
    Measure m = new Measure(12_000, 12_000);
    assertThat(m.isMet()).isTrue();
    assertThat(m.shortfall()).isZero();
    assertThat(m.shortfallPercent()).hasValue(0);
    assertThat(new Measure(12_000, 15_362).shortfall()).isZero();
  }

  @Test
  void nothingRequiredHasNoPercentage() {
    assertThat(new Measure(0, 0).shortfallPercent()).isEmpty();
    assertThat(new Measure(0, 0).isMet()).isTrue();
  }

  @Test
  void equalWhenBothFiguresAreEqualAsTheRecordWouldBe() {
    Measure m = new Measure(40_000, 15_362);
    assertThat(m).isEqualTo(new Measure(40_000, 15_362)).hasSameHashCodeAs(new Measure(40_000, 15_362));
    assertThat(m).isNotEqualTo(new Measure(40_000, 15_363)).isNotEqualTo(new Measure(40_001, 15_362))
        .isNotEqualTo("40000/15362").isNotEqualTo(null);
    assertThat(new Estimates(m, new Measure(40_000, 15_362)).isSingle()).isTrue();
    assertThat(new Estimates(m, new Measure(40_000, 20_000)).isSingle()).isFalse();
  }
}
