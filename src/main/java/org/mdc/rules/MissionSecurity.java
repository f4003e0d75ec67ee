package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.AtrocityRisk;
import org.mdc.model.Configuration;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;
import org.mdc.model.Phase;
import org.mdc.model.Zone;

/**
 * {@code mission-security}: in high-risk settings security limits a visible civilian presence;
 * a regional office outside the country keeps flexibility (UNOWA for Guinea, UNRCCA for
 * Kyrgyzstan).
 */
// Source: 000 Claes, "Persuasion"; 003 Gowan, "Rising tension" and "Across the Rubicon?".
public final class MissionSecurity implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "mission-security",
          "In high-risk settings a visible civilian presence is limited; a regional office outside keeps flexibility",
          new Source(Source.GOWAN, "\"Confronting Rising Tension\" (UNOWA, UNRCCA) and \"Across the Rubicon?\"; also 000"))
          .withSeverity(Severity.INFO)
          .withExample("Kyrgyzstan 2010: the head of the UN regional office for Central Asia, based outside the country,"
              + " could hurry to the scene of the violence; an office outside need not spend its effort on staff safety.",
              Provenance.seed(Source.GOWAN, "\"Confronting Rising Tension\"", "proximity allowed the head of the United"
                  + " Nations' regional office in Central Asia, Miroslav Jen\u010da, to hurry to the scene of interethnic"
                  + " violence in Kyrgyzstan in mid-2010"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** True when violence is at or past its peak: atrocities ongoing, or the parties across the Rubicon. */
  public static boolean highRisk(Zone zone) {
    return zone.atrocities() == AtrocityRisk.ONGOING || zone.phase() == Phase.POST_RUBICON;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    if (configuration == Configuration.POLITICAL_MISSION && highRisk(situation.zone())) {
      return List.of(Judgment.caveat(INFO.id(),
          "security limits a visible presence: consider basing it in a regional office outside the country"));
    }
    return List.of();
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone zone = situation.zone();
    if (!highRisk(zone)) {
      return;
    }
    Mission m = zone.mission().orElse(null);
    if (m != null && m.type() == MissionType.POLITICAL_MISSION) {
      out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.CONTEXT, "mission.type",
          "violence limits a visible civilian presence for " + m.name()
              + ": a regional office outside the country keeps its flexibility (UNOWA, UNRCCA)"));
    }
  }
}
