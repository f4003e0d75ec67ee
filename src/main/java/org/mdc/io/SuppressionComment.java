package org.mdc.io;

import java.util.List;
import java.util.Objects;

/**
 * A {@code # mdc: ignore[RULE-ID, ...] reason} comment in a mandate draft, as written: the check
 * decides whether its rule ids exist, whether it gives a reason and what it silences.
 *
 * @param place the file, line and column of its {@code #}
 * @param ids the rule ids between the brackets, trimmed, as written (possibly unknown); empty
 *     when the comment is malformed
 * @param reason the text after the closing bracket, trimmed (possibly empty)
 * @param firstLine the first line whose findings it may silence
 * @param lastLine the last such line: its own line for a comment at the end of a line; for a
 *     comment on a line of its own, the next line that is not a comment (its own line when a
 *     blank line or the end of the file comes first)
 * @param malformed what is wrong with its form when it starts {@code mdc: ignore} but does not
 *     read as a suppression; empty when it reads
 */
public record SuppressionComment(
    Place place, List<String> ids, String reason, int firstLine, int lastLine, String malformed) {

  public SuppressionComment {
    Objects.requireNonNull(place, "place");
    ids = List.copyOf(ids);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(malformed, "malformed");
    if (firstLine < 1 || lastLine < firstLine) {
      throw new IllegalArgumentException("a suppression covers at least one line");
    }
  }

  /** True when it silences findings of rule {@code id} on {@code line}. */
  public boolean covers(String id, int line) {
    return malformed.isEmpty() && line >= firstLine && line <= lastLine && ids.contains(id);
  }

  public int line() {
    return place.line();
  }
}
