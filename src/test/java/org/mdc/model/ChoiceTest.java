package org.mdc.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words of an enum in input files and reports. */
class ChoiceTest {

  /** Constants with bodies of their own are instances of subclasses of their enum. */
  enum Shape implements Choice {
    PLAIN_ONE,
    WITH_BODY {
      @Override
      public String toString() {
        return "body";
      }
    };
  }

  @Test
  void labelsAreLowerCaseWithHyphensEvenForAConstantWithABody() {
    assertThat(Shape.PLAIN_ONE.label()).isEqualTo("plain-one");
    assertThat(Shape.WITH_BODY.getClass()).isNotEqualTo(Shape.class);
    assertThat(Shape.WITH_BODY.label()).isEqualTo("with-body");
    assertThat(Choice.parse(Shape.class, "With_Body")).contains(Shape.WITH_BODY);
    assertThat(Choice.labels(Shape.class)).containsExactly("plain-one", "with-body");
  }

  @Test
  void labelsOfTheModel() {
    assertThat(HostConsent.UNKNOWN.label()).isEqualTo("unknown");
    assertThat(Choice.parse(HostConsent.class, " FULL ")).contains(HostConsent.FULL);
    assertThat(Choice.parse(HostConsent.class, "maybe")).isEmpty();
  }
}
