package org.mdc.io;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where each field of an input is, by dotted path ({@code mission.troops}), so that a finding
 * about a field can point at its line. A field that is absent resolves to its nearest present
 * parent, and at last to the start of the main file. A mandate that names a zone file keeps the
 * zone's fields in that file.
 *
 * @param file the main file, where absent fields resolve
 * @param places the place of each field present
 */
public record SourceMap(String file, Map<String, Place> places) {

  public SourceMap {
    Objects.requireNonNull(file, "file");
    places = Map.copyOf(places);
  }

  /** The place of {@code path}, or of its nearest present parent. */
  public Place locate(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Place at = places.get(p);
      if (at != null) {
        return at;
      }
      int dot = p.lastIndexOf('.');
      p = dot < 0 ? "" : p.substring(0, dot);
    }
    return new Place(file, Location.START);
  }

  /** This map with {@code other}'s places added, which win where both have a field. */
  public SourceMap overlay(SourceMap other) {
    Map<String, Place> merged = new HashMap<>(places);
    merged.putAll(other.places);
    return new SourceMap(other.file, merged);
  }
}
