package org.mdc.rules;

import java.util.function.Consumer;

/**
 * {@code enablers}: the force-size rules assume troops deployed with enablers (helicopters,
 * ground transport, weaponry, intelligence, communications, hospital support); without them the
 * figures are optimistic.
 */
// Source: 002 Bellamy & Lupel, "Capability gaps".
public final class Enablers implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "enablers",
          "The troop figures assume enablers (helicopters, transport, intelligence, communications, hospitals)",
          new Source(Source.BELLAMY_LUPEL, "\"Capability gaps\""))
          .withSeverity(Severity.INFO)
          .withExample("UNAMID had 5 of the 50 helicopters a 40,000-strong force needs: its troop figures are optimistic.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    HelicopterNeed need = situation.helicopters();
    if (need.available() < need.floor()) {
      out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.HELICOPTERS, "helicopters",
          "with " + Numbers.grouped(need.available()) + " of the " + Numbers.grouped(need.floor())
              + " helicopters the required force needs, the troop figures are optimistic: they assume troops deployed with"
              + " helicopters, ground transport, intelligence, communications and hospital support"));
    }
  }
}
