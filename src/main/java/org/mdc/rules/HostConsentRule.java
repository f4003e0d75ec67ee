package org.mdc.rules;

import java.util.List;
import java.util.function.Consumer;
import org.mdc.model.Configuration;
import org.mdc.model.HostConsent;
import org.mdc.model.Mission;
import org.mdc.model.Zone;

/**
 * {@code host-consent}: political missions and preventive deployments are consensual; without
 * the host's consent neither can deploy inside the country.
 */
// Source: 000 Claes, Summary and Conclusions; 002 "Capability gaps"; 003 on regional offices.
public final class HostConsentRule implements Rule {

  public static final RuleInfo INFO =
      new RuleInfo(
          "host-consent",
          "Political missions and preventive deployments need the host's consent to deploy inside the country",
          new Source(Source.CLAES, "Summary and Conclusions; also 002 \"Capability gaps\" and 003 on regional offices"))
          .withSeverity(Severity.ERROR)
          .withExample("Kyrgyzstan 2010: the OSCE was mandated to send just over fifty international police officers, but"
              + " opposition in the country cut the plan back: consent was partial, and so was the deployment.",
              Provenance.seed(Source.GOWAN, "\"Across the Rubicon?\"", "The organization was mandated to deploy just"
                  + " over fifty international police officers ... However, political and public opposition caused this"
                  + " original plan to be significantly watered down"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Judgment> judge(Configuration configuration, Situation situation) {
    HostConsent consent = situation.zone().hostConsent();
    if (configuration == Configuration.POLITICAL_MISSION && consent == HostConsent.NONE) {
      return List.of(Judgment.caveat(INFO.id(),
          "without consent it cannot deploy inside the country: only a regional office outside it can work"));
    }
    if (configuration == Configuration.PREVENTIVE_DEPLOYMENT && consent == HostConsent.NONE) {
      return List.of(Judgment.unsuitable(INFO.id(), "it is consensual, and the host does not consent"));
    }
    if (configuration != Configuration.OVER_THE_HORIZON && consent == HostConsent.PARTIAL) {
      return List.of(Judgment.caveat(INFO.id(), "consent is partial: expect contested access and freedom of movement"));
    }
    return List.of();
  }

  @Override
  public void findGaps(Situation situation, Consumer<Finding> out) {
    Zone zone = situation.zone();
    HostConsent consent = zone.hostConsent();
    if (zone.mission().isPresent()) {
      Mission mission = zone.mission().get();
      if (!mission.type().deploysInCountry()) {
        return;
      }
      if (consent == HostConsent.NONE) {
        out.accept(Finding.of(INFO.id(), Severity.ERROR, Topic.CONSENT, "mission.type",
            mission.name() + " is a " + mission.type().title()
                + " inside the country, but the host does not consent: a consensual mission cannot deploy there"));
      } else if (consent == HostConsent.PARTIAL) {
        out.accept(Finding.of(INFO.id(), Severity.WARNING, Topic.CONSENT, "host_consent",
            "consent is partial: " + mission.name() + " will face contested access and freedom of movement"));
      }
    } else if (consent == HostConsent.NONE) {
      out.accept(Finding.of(INFO.id(), Severity.INFO, Topic.CONSENT, "host_consent",
          "the host does not consent: no political mission or preventive deployment can deploy inside the country"));
    }
  }
}
