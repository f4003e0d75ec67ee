package org.mdc.assessment;

import java.util.List;
import java.util.Objects;
import org.mdc.model.Choice;

/**
 * A value of one numeric input at which the recommendation, the minimum that governs the force
 * requirement, or a gap's severity would change, found by re-assessing the zone with that input
 * changed and everything else held.
 *
 * @param input the zone file field ({@code population}, {@code largest_armed_force},
 *     {@code mission.troops}, {@code helicopters} or {@code mission.helicopters})
 * @param threshold the first value, counted from the figure given, at which the change holds
 * @param direction whether the change holds at that value and above, or at that value and below
 * @param current the figure given, in words ({@code 15,362}, {@code 70,000 to 330,000})
 * @param effect what would change, in words, each change with its rule
 * @param rules the rules whose answer would change
 * @param lowEstimate true when the zone has ranges of estimates: the threshold is then that of
 *     the low estimate, every range at its low end
 */
public record Sensitivity(
    String input, long threshold, Direction direction, String current, String effect, List<String> rules,
    boolean lowEstimate) {

  public Sensitivity {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(effect, "effect");
    rules = List.copyOf(rules);
  }

  /** The threshold in a sentence: "mission.troops at 40,000 or more (now 15,362): the troop shortfall closes ...". */
  public String sentence() {
    return input + " at " + org.mdc.rules.Numbers.grouped(threshold)
        + (direction == Direction.AT_OR_ABOVE ? " or more" : " or less") + " (now " + current
        + (lowEstimate ? "; every range at its low end" : "") + "): " + effect;
  }

  /** Which side of the threshold the change holds on. */
  public enum Direction implements Choice {
    AT_OR_ABOVE,
    AT_OR_BELOW;
  }
}
