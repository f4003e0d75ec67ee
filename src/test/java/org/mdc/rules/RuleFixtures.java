package org.mdc.rules;

import java.util.ArrayList;
import java.util.List;
import org.mdc.model.Configuration;
import org.mdc.model.Zone;

/** Runs one rule on one zone, with the default rulebook. */
final class RuleFixtures {

  private static final RuleSet RULES = RuleSet.defaults();

  private RuleFixtures() {}

  static List<Finding> gaps(String ruleId, Zone zone) {
    List<Finding> found = new ArrayList<>();
    RULES.byId(ruleId).orElseThrow().findGaps(RULES.situation(zone), found::add);
    return found;
  }

  /** The gaps {@code ruleId} reports once the decision table has chosen {@code primary} (empty: none). */
  static List<Finding> gaps(String ruleId, Zone zone, java.util.Optional<Configuration> primary) {
    List<Finding> found = new ArrayList<>();
    RULES.byId(ruleId).orElseThrow().findGaps(RULES.situation(zone).decided(primary), found::add);
    return found;
  }

  static List<Judgment> judge(String ruleId, Configuration configuration, Zone zone) {
    return RULES.byId(ruleId).orElseThrow().judge(configuration, RULES.situation(zone));
  }
}
