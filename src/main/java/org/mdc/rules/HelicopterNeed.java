package org.mdc.rules;

/**
 * Helicopters for the required force ({@code helicopter-ratio}).
 *
 * @param floor at the UN-authorized ratio (one per 800 troops by default)
 * @param natoLevel at the ratio NATO operations field (one per 400 by default), shown beside
 *     the floor
 * @param available helicopters at hand: the mission's when it states them, else the zone's
 */
public record HelicopterNeed(long floor, long natoLevel, long available) {

  public HelicopterNeed {
    if (floor < 0 || natoLevel < 0 || available < 0) {
      throw new IllegalArgumentException("negative helicopter count");
    }
  }
}
