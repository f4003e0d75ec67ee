package org.mdc.rules;

import java.util.List;
import java.util.Optional;
import org.mdc.model.Mission;

/**
 * {@code reconfiguration}: on a zone's timeline, a date where the recommended configuration or the
 * minimum credible force changed while the mission described did not. The sources find that
 * missions are seldom reconfigured when risk mounts: in the Central African Republic a year passed
 * between the UN office's warnings and any change. The rule judges a pair of dates, not one zone,
 * so it adds nothing to a single assessment.
 */
// Source: 000 Claes, Conclusions; 002 Bellamy & Lupel, "Early Warning without Confidence" and
// "Problems of Coordination" (BINUCA in CAR, 2012-13).
public final class Reconfiguration implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "reconfiguration",
          "When the recommended configuration or the required force changes, the mission must change with it",
          new Source(Source.CLAES, "Conclusions; also 002, \"Early Warning without Confidence\" and \"Problems of"
              + " Coordination\" (CAR)"))
          .withSeverity(Severity.WARNING)
          .withExample("Central African Republic, 2012-13: the UN's peacebuilding office saw the risk of atrocities in"
              + " late 2012 and withdrew non-essential staff; the UN spoke publicly of atrocity crimes only in September"
              + " or October 2013, about a year later, and the office's mandate and human rights staff were never"
              + " altered.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Early Warning without Confidence\"", "identified the risk of"
                  + " atrocity crimes associated with the escalation of conflict between the anti-balaka militias and"
                  + " those loyal to the government as early as late 2012 (prompting a decision to withdraw"
                  + " non-essential staff), it was not until September/October 2013 that the UN Special Adviser on the"
                  + " Prevention of Genocide and the UN High Commissioner for Refugees began to publicly discuss the"
                  + " commission of atrocity crimes and risk of genocide"));

  private static final List<Claim> CLAIMS = List.of(
      new Claim("when atrocities become imminent or ongoing, a mission on the ground must be adjusted and expanded"
          + " quickly",
          Provenance.seed(Source.CLAES, "Conclusions", "When confronted with imminent or ongoing atrocities, these"
              + " 'pillar II missions' require a rapid adjustment and expansion of their mandate and capacity")),
      new Claim("missions are seldom reconfigured as risk mounts",
          Provenance.seed(Source.BELLAMY_LUPEL, "\"Problems of Coordination\"", "neither the mandate nor staffing of"
              + " BINUCA's human rights component was altered to respond to the serious deterioration of conditions"
              + " on the ground from late 2012")),
      new Claim("missions meet crises they were not configured for",
          Provenance.seed(Source.BELLAMY_LUPEL, "Conclusion", "UN missions in the field often confront crises for which"
              + " they are not properly configured or resourced")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Claim> claims() {
    return CLAIMS;
  }

  @Override
  public boolean comparesDates() {
    return true;
  }

  /**
   * What changed between two dates of a timeline, as one finding; empty when the mission changed
   * too, or when neither the recommendation nor the required force changed.
   *
   * @param when the later date, in words ("2013-03-24")
   * @param field the input field the finding points at (the later snapshot's date)
   * @param since when the mission was last described differently ("2012-06-01", or "the base")
   * @param missionBefore the mission at the earlier date
   * @param missionAfter the mission at the later date
   * @param formBefore the recommendation at the earlier date, in words
   * @param formAfter the recommendation at the later date, in words
   * @param primaryChanged whether the recommended configuration changed
   * @param forceBefore the minimum credible force at the earlier date
   * @param forceAfter the minimum credible force at the later date
   */
  public static Optional<Finding> between(String when, String field, String since, Optional<Mission> missionBefore,
      Optional<Mission> missionAfter, String formBefore, String formAfter, boolean primaryChanged, long forceBefore,
      long forceAfter) {
    boolean forceChanged = forceBefore != forceAfter;
    if (!missionBefore.equals(missionAfter) || !primaryChanged && !forceChanged) {
      return Optional.empty();
    }
    StringBuilder what = new StringBuilder("on ").append(when).append(' ');
    if (primaryChanged) {
      what.append("the recommendation changed from ").append(formBefore).append(" to ").append(formAfter);
    }
    if (forceChanged) {
      what.append(primaryChanged ? ", and " : "").append("the minimum credible force ")
          .append(forceAfter > forceBefore ? "rose" : "fell").append(" from ").append(Numbers.grouped(forceBefore))
          .append(" to ").append(Numbers.grouped(forceAfter));
    }
    boolean mounting = primaryChanged || forceAfter > forceBefore;
    if (missionAfter.isPresent()) {
      what.append(", but ").append(missionAfter.get().name()).append(" is as described since ").append(since)
          .append(mounting
              ? ": missions are seldom reconfigured when risk mounts; adjust its mandate and capacity, or plan the new"
                  + " configuration, now"
              : ": it may now be larger than the rules of thumb ask");
    } else {
      what.append(", and no mission is described since ").append(since)
          .append(mounting ? ": plan the configuration now; missions are seldom launched or reconfigured as fast as"
              + " risk mounts" : "");
    }
    return Optional.of(Finding.of(INFO.id(), mounting ? Severity.WARNING : Severity.INFO, Topic.MANDATE, field,
        what.toString()));
  }
}
