package org.mdc.model;

/**
 * The largest figures a zone or a mission may hold: far above any real crisis, low enough that
 * every figure derived from them fits a {@code long}. Every reader (zone files, mandate drafts,
 * mission lists) and the JSON schemas take their bounds from here.
 */
public final class Limits {

  /** Largest population accepted: ten times the world's. */
  public static final long MAX_POPULATION = 100_000_000_000L;
  /** Largest armed force, troop or staff count accepted. */
  public static final long MAX_HEADCOUNT = 1_000_000_000L;
  /** Largest helicopter count accepted. */
  public static final long MAX_HELICOPTERS = 1_000_000L;
  /** Most dated snapshots a zone file may have: each is assessed in full. */
  public static final int MAX_SNAPSHOTS = 1_000;

  private Limits() {}
}
