package org.mdc.assessment;

import java.util.List;
import org.mdc.model.Configuration;
import org.mdc.model.Zone;
import org.mdc.rules.Judgment;

/** What the rules say about each configuration in a zone: the judgments that decide its verdict. */
@FunctionalInterface
public interface Feasibility {

  /** The judgments of every rule in force on {@code configuration} in {@code zone}. */
  List<Judgment> judge(Configuration configuration, Zone zone);

  /** The heaviest effect among {@code judgments}; a caveat when there are none. */
  static Judgment.Effect heaviest(List<Judgment> judgments) {
    Judgment.Effect heaviest = null;
    for (Judgment j : judgments) {
      if (heaviest == null || j.effect().compareTo(heaviest) > 0) {
        heaviest = j.effect();
      }
    }
    return heaviest == null ? Judgment.Effect.CAVEAT : heaviest;
  }
}
