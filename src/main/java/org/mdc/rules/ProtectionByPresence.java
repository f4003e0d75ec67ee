package org.mdc.rules;

import java.util.function.Consumer;
import org.mdc.model.Mission;
import org.mdc.model.StaffPolicy;

/**
 * {@code protection-by-presence}: withdrawing international staff when atrocities are imminent or
 * ongoing leaves the population to its fate: it ends the protection their presence gives, the
 * monitoring and much of the aid (Sri Lanka, 2008-09; CAR, 2012-13).
 */
// Source: 002 Bellamy & Lupel, "Contending priorities".
public final class ProtectionByPresence implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "protection-by-presence",
          "Relocating international staff when atrocities are imminent or ongoing ends protection by presence",
          new Source(Source.BELLAMY_LUPEL, "\"Contending priorities\", on Sri Lanka (2008-09) and CAR"))
          .withSeverity(Severity.WARNING)
          .withExample("Sri Lanka, 2008-09: the UN's internal review panel found that relocating international staff"
              + " out of the conflict zone made it much harder to deliver aid, to monitor, and to protect by presence.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Contending priorities\"", "the relocation of international"
                  + " staff out of the conflict zone made it much harder for the UN to deliver humanitarian assistance"
                  + " to the civilian population, to monitor the situation, and to 'protect by presence.'"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    if (!situation.zone().atrocities().isPressing()) {
      return;
    }
    Mission m = situation.zone().mission().orElse(null);
    if (m != null && m.staffPolicy().isPresent() && m.staffPolicy().get() == StaffPolicy.RELOCATE) {
      out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.MANDATE, "mission.staff_policy",
          m.name() + " would relocate its international staff although atrocities are "
              + situation.zone().atrocities().label() + ": that ends the protection their presence gives, and the"
              + " monitoring; in Sri Lanka (2008-09) it left civilians to their fate (002); keep staff in place with"
              + " security measures fitted to the mission"));
    }
  }
}
