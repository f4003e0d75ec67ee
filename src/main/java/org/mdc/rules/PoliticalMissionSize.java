package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.MissionType;
import org.mdc.model.Phase;
import org.mdc.model.Range;

/**
 * {@code political-mission-size}: staff guidance for political missions. In latent tension a
 * handful to about 30 (OSCE Estonia and Latvia never above 10 each; UNOWA under 30); most UN
 * political missions 20 to 100; at the Rubicon about 35 (Kenya 2008); above 1,000 only in large
 * post-conflict missions (UNAMI).
 */
// Source: 003 Gowan, "Latent tension" (OSCE Baltic missions), UNOWA study, "At the Rubicon" (Kenya), UNAMI.
public final class PoliticalMissionSize implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "political-mission-size",
          "Staff of a political mission by phase: about 30 at most in latent tension, 20 to 100 typically, about 35 at the Rubicon",
          new Source(Source.GOWAN, "\"Latent tension\" (OSCE Estonia, Latvia), UNOWA, \"At the Rubicon\" (Kenya), UNAMI"),
          List.of(
              Parameter.count("latent_max", 30, 1, 100_000,
                  "staff at most in latent tension (UNOWA under 30; OSCE Baltic missions 10 each)"),
              Parameter.count("typical_min", 20, 0, 100_000, "staff of a typical UN political mission, low end"),
              Parameter.count("typical_max", 100, 0, 100_000, "staff of a typical UN political mission, high end"),
              Parameter.count("rubicon_max", 35, 1, 100_000,
                  "staff of a mediation team at the Rubicon (Kenya 2008, about 35)"),
              Parameter.count("large_mission", 1000, 1, 1_000_000,
                  "staff above which only large post-conflict missions go (UNAMI)")))
          .withSeverity(Severity.WARNING)
          .withExample("The OSCE missions to Estonia and Latvia (1993) never had more than 10 staff each; UNOWA had fewer than 30 (003).");

  private final long latentMax;
  private final long typicalMin;
  private final long typicalMax;
  private final long rubiconMax;
  private final long largeMission;

  public PoliticalMissionSize(Rulebook.Settings settings) {
    this.latentMax = settings.whole("latent_max");
    this.typicalMin = settings.whole("typical_min");
    this.typicalMax = settings.whole("typical_max");
    this.rubiconMax = settings.whole("rubicon_max");
    this.largeMission = settings.whole("large_mission");
    if (typicalMin > typicalMax) {
      throw new IllegalArgumentException(
          "political-mission-size: typical_min " + typicalMin + " is above typical_max " + typicalMax);
    }
    if (latentMax < 1 || rubiconMax < 1) {
      throw new IllegalArgumentException("political-mission-size: latent_max and rubicon_max must be at least 1");
    }
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Staff guidance for a political mission in {@code phase}. */
  public Range guidance(Phase phase) {
    switch (phase) {
      case LATENT_TENSION:
        return new Range(1, latentMax);
      case PRE_RUBICON:
        return new Range(1, rubiconMax);
      default:
        return new Range(typicalMin, typicalMax);
    }
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Phase phase = situation.zone().phase();
    situation.zone().mission()
        .filter(m -> m.type() == MissionType.POLITICAL_MISSION && m.civilians() > 0)
        .ifPresent(m -> {
          Range guide = guidance(phase);
          long staff = m.civilians();
          if (staff > guide.max()) {
            String why = staff > largeMission
                ? "; above " + Numbers.grouped(largeMission) + " only large post-conflict missions such as UNAMI go"
                : "";
            out.accept(Finding.ofFigures(INFO.id(), Severity.WARNING, Topic.CONTEXT, "mission.civilians", guide.max(), staff,
                m.name() + " has " + Numbers.grouped(staff) + " staff; guidance for the " + phase.label() + " phase is "
                    + Numbers.grouped(guide) + why));
          } else if (staff < guide.min()) {
            out.accept(Finding.ofFigures(INFO.id(), Severity.INFO, Topic.CONTEXT, "mission.civilians", guide.min(), staff,
                m.name() + " has " + Numbers.grouped(staff) + " staff; most UN political missions have "
                    + Numbers.grouped(guide)));
          }
        });
  }
}
