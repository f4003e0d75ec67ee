package org.mdc.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.mdc.model.Answer;
import org.mdc.model.Configuration;
import org.mdc.model.ExistingPresence;
import org.mdc.model.Zone;

/**
 * {@code existing-presence}: a mission already on the ground is the best platform. What it is a
 * platform for depends on the primary: it is expanded into a deployment or a larger political
 * mission, it is the eyes and the tripwire monitor of a force held outside the country, and when
 * nothing mdc sizes is credible its staff protect by their presence and report.
 */
// Source: 000 Claes, Summary and Conclusions; 002 Bellamy & Lupel on withdrawing staff (Sri Lanka, CAR).
public final class ExistingPresenceRule implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "existing-presence",
          "A mission already on the ground is the best platform: build on it, in the way the primary needs",
          new Source(Source.CLAES, "Summary and Conclusions; also 002, \"Contending Priorities\", on withdrawing staff"))
          .withSeverity(Severity.INFO)
          .withExample("Macedonia, 2001: the OSCE mission on the ground since 1992 had only a limited part in brokering"
              + " the peace agreement, yet it went on to oversee the redeployment of police and to start training one"
              + " thousand more ethnic Albanian policemen.",
              Provenance.seed(Source.GOWAN, "\"Across the Rubicon?\"", "the OSCE mission's limited role in brokering the"
                  + " 2001 peace agreement did not prevent it from playing a substantial role in the agreement's"
                  + " implementation. This role included overseeing the redeployment of police officers and initiating"
                  + " the training of one thousand additional ethnic Albanian policemen"));

  /** Which presence is the platform for which configuration, each with the passage it rests on. */
  private static final List<Claim> CLAIMS = List.of(
      new Claim("a mission already on the ground is the best platform: expand its mandate and capacity",
          Provenance.seed(Source.CLAES, "Conclusions", "carry the largest utility when an international mission is"
              + " already established on the ground for alternative purposes prior to the eruption of atrocities. When"
              + " confronted with imminent or ongoing atrocities, these 'pillar II missions' require a rapid adjustment"
              + " and expansion of their mandate and capacity")),
      new Claim("a political office (a political mission or a regional office) is the platform for mediation and"
          + " good offices",
          Provenance.seed(Source.GOWAN, "\"A Limited Preventive Role\"", "the United Nations has increasingly promoted"
              + " regional political missions as platforms for preventive diplomacy")),
      new Claim("a regional force (African Union, ECOWAS) is a platform for a preventive deployment, by expansion or"
          + " hand-over: such forces act early but lack capabilities",
          Provenance.seed(Source.CHATHAM_HOUSE, "\"Rethinking intervention and protection capabilities\"",
              "Regional organizations are becoming increasingly influential, but they rarely have the capabilities to"
                  + " act. [...] Regional organizations such as the African Union or the Economic Community of West"
                  + " African States also often act earlier and with greater local legitimacy")),
      new Claim("a preventive deployment may be a regional organization's",
          Provenance.seed(Source.CLAES, "\"Atrocity Prevention through Deterrence: Preventive Deployments\"",
              "Preventive deployments can be described as defensive military missions deployed by international or"
                  + " regional organizations")),
      new Claim("hand-over, for example: MISCA, the African-led force in CAR in 2013, handed its troops over to a UN"
          + " mission",
          Provenance.outside("UN Security Council Resolution 2149 (S/RES/2149, 10 April 2014)",
              "established MINUSCA and provided for the transfer of authority from MISCA to it on 15 September 2014")),
      new Claim("a UN country team is not configured for a protection crisis; its international staff protect by"
          + " presence",
          Provenance.seed(Source.BELLAMY_LUPEL, "\"Obstacles under a Limited UN Field Presence\"", "the UN's in-country"
              + " efforts are focused on humanitarian or development issues and are not necessarily configured for"
              + " responding to the rapid onset of a protection crisis")),
      new Claim("keep international staff in place: they protect by presence and report",
          Provenance.seed(Source.BELLAMY_LUPEL, "\"Contending Priorities\"", "the relocation of international staff out"
              + " of the conflict zone made it much harder for the UN to deliver humanitarian assistance to the"
              + " civilian population, to monitor the situation, and to 'protect by presence.'")),
      new Claim("several presences must be coordinated, with each other and with the other actors present",
          Provenance.seed(Source.CLAES, "Conclusions", "Internal coordination among U.N. actors in the field is key,"
              + " as well as coordination with the other international and local actors present in the targeted"
              + " area")));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Claim> claims() {
    return CLAIMS;
  }

  /**
   * What the presences on the ground of {@code zone} are for, given the primary chosen (empty: none
   * is credible). One presence of the three kinds known before keeps the advice it always had; a regional
   * force, a country team, or several presences get, each, the configuration it is the platform for.
   */
  public static String advice(Zone zone, Optional<Configuration> primary) {
    List<ExistingPresence> presences = zone.presences();
    if (presences.size() == 1 && ORIGINAL.contains(presences.get(0))) {
      return advice(presences.get(0), primary);
    }
    if (presences.size() == 1) {
      return "a " + presences.get(0).title() + " is already on the ground: it " + role(presences.get(0), zone, primary);
    }
    List<String> roles = new ArrayList<>();
    for (ExistingPresence presence : presences) {
      roles.add("the " + presence.title() + " " + role(presence, zone, primary));
    }
    return presences.size() + " presences are already on the ground: " + String.join("; ", roles)
        + "; coordinate them with each other and with the other actors present (000)";
  }

  /** The presences that had their advice before a list, a regional force or a country team could be given. */
  private static final Set<ExistingPresence> ORIGINAL = EnumSet.of(ExistingPresence.POLITICAL_MISSION,
      ExistingPresence.REGIONAL_OFFICE, ExistingPresence.PEACEKEEPING);

  /** What one presence is the platform for, beside the others, given the primary: a predicate ("is ..."). */
  static String role(ExistingPresence presence, Zone zone, Optional<Configuration> primary) {
    boolean mediation = zone.objectivesReconcilable() != Answer.NO;
    if (primary.isEmpty()) {
      return presence.inCountry()
          ? "should keep its international staff in place, where they protect by presence and report what they see"
              + " (002)"
          : "should keep watching and reporting from outside the country (003)";
    }
    Configuration chosen = primary.get();
    if (presence == ExistingPresence.COUNTRY_TEAM) {
      return "is configured for humanitarian and development work, not for a protection crisis (002): it should keep"
          + " its international staff in place, where they protect by presence and report"
          + (chosen == Configuration.OVER_THE_HORIZON ? ", among other things when a tripwire is crossed" : "");
    }
    if (chosen == Configuration.OVER_THE_HORIZON && presence.inCountry()) {
      return "is the eyes of the force held outside: it watches for the tripwires and reports when one is crossed";
    }
    if (presence.isPoliticalOffice()) {
      if (chosen == Configuration.POLITICAL_MISSION) {
        return "is the platform for the political mission: expand its mandate and capacity, with atrocity prevention"
            + " written in, rather than launch a new one";
      }
      return mediation
          ? "is the platform for mediation and good offices beside the " + chosen.title() + " (003)"
          : "is the platform for early warning and reporting beside the " + chosen.title()
              + "; mediation waits until the parties' objectives are reconcilable (003)";
    }
    if (chosen == Configuration.PREVENTIVE_DEPLOYMENT) {
      return presence == ExistingPresence.REGIONAL_FORCE
          ? "is the platform for the preventive deployment, by expansion or hand-over: give it the capabilities it"
              + " lacks, or hand its troops over to a larger deployment (regional forces act earlier and with more"
              + " local legitimacy, but rarely have the capabilities: 004)"
          : "is the platform for the preventive deployment: expand its mandate and capacity, with atrocity prevention"
              + " written in, rather than launch a new mission";
    }
    return "should stay beside the " + chosen.title() + ", with atrocity prevention written into its mandate";
  }

  /** What the presence on the ground is for, given the primary chosen (empty: none is credible). */
  public static String advice(ExistingPresence presence, Optional<Configuration> primary) {
    String there = "a " + presence.title() + " is already on the ground: ";
    if (primary.isEmpty()) {
      return there + "keep its international staff in place, where they protect by presence and report what they"
          + " see; withdrawing them left civilians to their fate in Sri Lanka and CAR (002)";
    }
    if (primary.get() == Configuration.OVER_THE_HORIZON) {
      return there + "keep it as the eyes of the force held outside: it watches for the tripwires and reports when"
          + " one is crossed";
    }
    return there + "build the " + primary.get().title() + " on it, by adjusting and expanding its mandate and"
        + " capacity with atrocity prevention written in, rather than by launching a new mission";
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    if (!situation.zone().existingPresence().isPresence()) {
      return;
    }
    out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.MANDATE, "existing_presence",
        advice(situation.zone(), situation.primary())));
  }
}
