package org.mdc.io;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known word nearest to a mistyped one, as a "did you mean" hint. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate {@code typed} most likely means: the shortest one it begins ({@code y} is
   * {@code yes}, not the equally distant {@code no}), else the closest by edit distance, if it is
   * close enough to be a typo.
   */
  public static Optional<String> nearest(String typed, Collection<String> candidates) {
    String t = typed.strip().toLowerCase(java.util.Locale.ROOT);
    if (!t.isEmpty()) {
      Optional<String> begun = candidates.stream().filter(c -> c.toLowerCase(java.util.Locale.ROOT).startsWith(t))
          .min(Comparator.comparingInt(String::length).thenComparing(c -> c));
      if (begun.isPresent()) {
        return begun;
      }
    }
    return candidates.stream()
        .min(Comparator.comparingInt((String c) -> distance(t, c)).thenComparing(c -> c))
        .filter(c -> distance(t, c) <= Math.max(2, c.length() / 3));
  }

  /** Levenshtein distance between two strings. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
