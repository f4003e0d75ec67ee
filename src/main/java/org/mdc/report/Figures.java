package org.mdc.report;

import java.util.OptionalLong;
import org.mdc.model.Range;
import org.mdc.rules.ForceDensity;
import org.mdc.rules.RuleSet;

/** How reports write figures: thousands separated by commas, ranges with "to". */
final class Figures {

  private Figures() {}

  static String count(long n) {
    return org.mdc.rules.Numbers.grouped(n);
  }

  static String count(OptionalLong n) {
    return n.isPresent() ? count(n.getAsLong()) : "-";
  }

  static String range(Range r) {
    return org.mdc.rules.Numbers.grouped(r);
  }

  /** A range, or {@code -} when the figure is not known. */
  static String range(java.util.Optional<Range> r) {
    return r.isPresent() ? range(r.get()) : "-";
  }

  /** A range the way Table 1 of 002 writes it: {@code 12,000–60,000}. */
  static String dashRange(Range r) {
    return r.isSingle() ? count(r.min()) : count(r.min()) + "\u2013" + count(r.max());
  }

  /** A gap's required figure: one, or the low and the high estimate's ({@code 500 / 660}). */
  static String required(org.mdc.rules.Finding g) {
    return g.high().isPresent() ? count(g.required()) + " / " + count(g.high().get().required()) : count(g.required());
  }

  /** A gap's actual figure: one, or the low and the high estimate's. */
  static String actual(org.mdc.rules.Finding g) {
    return g.high().isPresent() ? count(g.actual()) + " / " + count(g.high().get().actual()) : count(g.actual());
  }

  /**
   * A gap's shortfall as the gap tables show it: {@code 24,638 (62%)}, or {@code -} without
   * figures; at both estimates, low then high: {@code 100 (20%) / 0 (0%)}.
   */
  static String shortfall(org.mdc.rules.Finding g) {
    if (g.required().isEmpty() || g.actual().isEmpty()) {
      return "-";
    }
    String low = shortfall(g.shortfall(), g.shortfallPercent());
    return g.high().isPresent()
        ? low + " / " + shortfall(g.high().get().shortfall(), g.high().get().shortfallPercent())
        : low;
  }

  private static String shortfall(long figure, OptionalLong percent) {
    return count(figure) + (percent.isPresent() ? " (" + percent.getAsLong() + "%)" : "");
  }

  /**
   * The density rule's rate in force, {@code between} its two figures: "2 to 10 per 1,000", or
   * "2–10 per 1,000".
   */
  static String densityRate(RuleSet rules, String between) {
    return rules.parameter(ForceDensity.INFO, "per_thousand_min") + between
        + rules.parameter(ForceDensity.INFO, "per_thousand_max") + " per 1,000";
  }

  /** The density figure's title in charts and tables: "Density (2–10 per 1,000)". */
  static String densityTitle(RuleSet rules) {
    return "Density (" + densityRate(rules, "\u2013") + ")";
  }

  /** Tenths of a percent as {@code 59.6}. */
  static String tenths(long tenths) {
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return sign + abs / 10 + "." + abs % 10;
  }
}
