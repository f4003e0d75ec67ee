package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Mission;
import org.mdc.model.MissionType;
import org.mdc.model.Phase;
import org.mdc.model.Range;
import org.mdc.model.Task;

/**
 * {@code political-mission-size}: staff guidance for political missions, by what they do. A
 * mediation or good-offices team: in latent tension no more than about ten (the OSCE's missions
 * to Estonia and Latvia), at the Rubicon about the mid-thirties (Kenya 2008), otherwise 20 to 100
 * (most UN political missions). A regional office: the same 20 to 100 (UNOWA had under thirty). An
 * electoral or observer mission: up to the KVM's 2,000 verifiers, above 1,000 unusually large
 * (UNAMI, UNMIN).
 */
// Source: 003 Gowan, "What Are Political Missions?", "A Limited Preventive Role", "Addressing Latent
// Tension", "At the Rubicon".
public final class PoliticalMissionSize implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "political-mission-size",
          "Staff of a political mission by task and phase: a mediation team, a regional office, an observer mission",
          new Source(Source.GOWAN, "\"What Are Political Missions?\" (UNAMI, UNMIN), \"A Limited Preventive Role\""
              + " (UNOWA), \"Addressing Latent Tension\" (OSCE Estonia, Latvia), \"At the Rubicon\" (Kenya, KVM)"),
          List.of(
              Parameter.count("latent_max", 10, 1, 100_000, "staff at most of a mission in latent tension",
                  Provenance.seed(Source.GOWAN, "\"Addressing Latent Tension\"", "Those to Estonia and Latvia were"
                      + " launched in 1993 and never involved more than ten staff each")),
              Parameter.count("typical_min", 20, 0, 100_000, "staff of a typical UN political mission, low end",
                  Provenance.seed(Source.GOWAN, "\"What Are Political Missions?\"", "the majority of the United"
                      + " Nations' political missions numbered between twenty to one hundred personnel")),
              Parameter.count("typical_max", 100, 0, 100_000, "staff of a typical UN political mission, high end",
                  Provenance.seed(Source.GOWAN, "\"What Are Political Missions?\"", "the majority of the United"
                      + " Nations' political missions numbered between twenty to one hundred personnel")),
              Parameter.count("rubicon_max", 35, 1, 100_000, "staff of a mediation team at the Rubicon (Kenya 2008)",
                  Provenance.seed(Source.GOWAN, "\"At the Rubicon\"", "the overall number of staff and experts"
                      + " involved is estimated to have reached the mid-thirties")),
              Parameter.count("large_mission", 1000, 1, 1_000_000, "staff above which a political mission is unusually large",
                  Provenance.seed(Source.GOWAN, "\"What Are Political Missions?\"", "UNAMI and UNMIN were unusually"
                      + " large: while UNAMI had more than one thousand staff in 2010")),
              Parameter.count("monitoring_max", 2000, 1, 1_000_000, "staff at most of an electoral or observer mission",
                  Provenance.seed(Source.GOWAN, "\"At the Rubicon\"", "the KVM was expected to deploy \u201c2,000"
                      + " unarmed verifiers.\u201d"))))
          .withSeverity(Severity.WARNING)
          .withExample("The OSCE missions to Estonia and Latvia, launched in 1993 in latent tension, never had more than"
              + " ten staff each; Kofi Annan's team at Kenya's Rubicon reached the mid-thirties.",
              Provenance.seed(Source.GOWAN, "\"Addressing Latent Tension\" and \"At the Rubicon\"", "never involved more"
                  + " than ten staff each\"; \"estimated to have reached the mid-thirties"));

  /** What a political mission mainly does, which decides the size the sources give for it. */
  public enum Kind {
    /** Mediation, good offices, advice: sized by phase. */
    MEDIATION("a mediation or good-offices team"),
    /** A regional office outside the country (UNOWA, UNRCCA). */
    REGIONAL_OFFICE("a regional office"),
    /** Electoral assistance or observation: a monitoring presence. */
    MONITORING("an electoral or observer mission");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }

    /** The kind of {@code mission}: its type, then its tasks. */
    public static Kind of(Mission mission) {
      if (mission.has(Task.ELECTORAL_ASSISTANCE)) {
        return MONITORING;
      }
      return mission.type() == MissionType.REGIONAL_OFFICE ? REGIONAL_OFFICE : MEDIATION;
    }
  }

  private final long latentMax;
  private final long typicalMin;
  private final long typicalMax;
  private final long rubiconMax;
  private final long largeMission;
  private final long monitoringMax;

  public PoliticalMissionSize(Rulebook.Settings settings) {
    this.latentMax = settings.whole("latent_max");
    this.typicalMin = settings.whole("typical_min");
    this.typicalMax = settings.whole("typical_max");
    this.rubiconMax = settings.whole("rubicon_max");
    this.largeMission = settings.whole("large_mission");
    this.monitoringMax = settings.whole("monitoring_max");
    if (typicalMin > typicalMax) {
      throw new IllegalArgumentException(
          "political-mission-size: typical_min " + typicalMin + " is above typical_max " + typicalMax);
    }
    if (latentMax < 1 || rubiconMax < 1 || monitoringMax < 1) {
      throw new IllegalArgumentException(
          "political-mission-size: latent_max, rubicon_max and monitoring_max must be at least 1");
    }
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Staff guidance for a political mission of {@code kind} in {@code phase}. */
  public Range guidance(Kind kind, Phase phase) {
    if (kind == Kind.MONITORING) {
      return new Range(1, monitoringMax);
    }
    if (kind == Kind.REGIONAL_OFFICE) {
      return new Range(typicalMin, typicalMax);
    }
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
    Mission m = situation.zone().mission().orElse(null);
    if (m == null || !m.type().isPolitical() || m.civilians() <= 0) {
      return;
    }
    Kind kind = Kind.of(m);
    Range guide = guidance(kind, phase);
    long staff = m.civilians();
    String against = kind == Kind.MEDIATION
        ? "guidance for " + kind.title() + " in the " + phase.label() + " phase is "
        : "guidance for " + kind.title() + " is ";
    if (staff > guide.max()) {
      // Only two excesses are warned: a formal mission where a loose team is needed, and the size
      // of the largest post-conflict missions. Elsewhere more staff than the precedents is context.
      boolean warn = staff > largeMission && kind != Kind.MONITORING
          || kind == Kind.MONITORING
          || kind == Kind.MEDIATION && phase == Phase.PRE_RUBICON;
      String why = kind == Kind.MEDIATION && phase == Phase.PRE_RUBICON
          ? "; when violence peaks a loose, flexible team serves better than a formal mission (Kenya 2008)"
          : staff > largeMission && kind != Kind.MONITORING
              ? "; above " + Numbers.grouped(largeMission) + " staff only unusually large missions such as UNAMI go"
              : kind == Kind.MONITORING ? "; the largest in the sources, the KVM, was to have 2,000 verifiers" : "";
      out.accept(Finding.ofFigures(INFO.id(), warn ? Severity.WARNING : Severity.INFO, Topic.CONTEXT,
          "mission.civilians", guide.max(), staff,
          m.name() + " has " + Numbers.grouped(staff) + " staff; " + against + Numbers.grouped(guide) + why));
    } else if (staff < guide.min()) {
      out.accept(Finding.ofFigures(INFO.id(), Severity.INFO, Topic.CONTEXT, "mission.civilians", guide.min(), staff,
          m.name() + " has " + Numbers.grouped(staff) + " staff; " + against + Numbers.grouped(guide)));
    }
  }
}
