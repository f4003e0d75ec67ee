package org.mdc.rules;

import java.util.List;

/**
 * {@code political-levers}: when no configuration mdc sizes is credible (the regime is the
 * perpetrator or refuses consent, nobody will back a force, and persuasion has nothing to work
 * with), the sources still name what outsiders can do: report casualties and who is responsible
 * for them, speak with one voice, keep international staff in place to protect by presence, and
 * watch and mediate from a regional office outside the country.
 */
// Source: 002 Bellamy & Lupel, "Contending Priorities", "Problems of Coordination", "Informing and
// Engaging Member States"; 003 Gowan, "Confronting Rising Tension" on regional offices.
public final class PoliticalLevers implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "political-levers",
          "When nothing mdc sizes is credible: public reporting, one voice, staff kept in place, an office outside",
          new Source(Source.BELLAMY_LUPEL, "\"Contending Priorities\", \"Problems of Coordination\", \"Informing and"
              + " Engaging Member States\"; also 003, \"Confronting Rising Tension\", on regional offices"))
          .withSeverity(Severity.INFO)
          .withExample("Sri Lanka, 2008-09: the UN withdrew its international staff from the conflict zone, sent"
              + " inconsistent messages, and held back casualty figures pointing at the government; each is a lever"
              + " the sources say was left unused.",
              Provenance.seed(Source.BELLAMY_LUPEL, "\"Contending Priorities\", \"Problems of Coordination\" and note"
                  + " 60", "the relocation of international staff out of the conflict zone made it much harder ... to"
                  + " 'protect by presence.'\"; \"the sending of inconsistent messages undermined demarches pointing to"
                  + " civilian casualties caused by government action\"; \"some UN leaders argued against the release of"
                  + " civilian casualty data"));

  /** The levers, each in a planner's words, in the order a planning cell would reach for them. */
  public static final List<String> LEVERS = List.of(
      "report civilian casualties, and who is responsible for them, publicly and early, and brief the Security Council"
          + " and member states with atrocity-specific analysis (002)",
      "speak with one voice: consistent messages to the parties from the whole UN system (002)",
      "keep international staff in place where they are: they protect by presence, watch and report (002)",
      "watch, report and keep channels open from a regional office outside the country (003: UNOWA, UNRCCA)");

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
