package org.mdc.assessment;

import java.util.List;
import java.util.Objects;
import org.mdc.model.Configuration;

/**
 * One configuration's verdict for a zone.
 *
 * @param configuration political mission, preventive deployment or over-the-horizon force
 * @param verdict recommended, conditional, not credible or unsuitable
 * @param role primary, complement, or not chosen
 * @param reasons the rules behind the verdict, each with its message
 */
public record ConfigurationVerdict(Configuration configuration, Verdict verdict, Role role, List<Reason> reasons) {

  public ConfigurationVerdict {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(role, "role");
    reasons = List.copyOf(reasons);
    if (role != Role.NOT_CHOSEN && !verdict.isFeasible()) {
      throw new IllegalArgumentException(configuration.label() + " is " + verdict.label() + " but chosen as " + role.label());
    }
  }

  /** The part a configuration plays in the recommendation. */
  public enum Role implements org.mdc.model.Choice {
    PRIMARY,
    COMPLEMENT,
    NOT_CHOSEN
  }
}
