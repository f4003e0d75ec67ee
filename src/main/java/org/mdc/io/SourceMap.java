package org.mdc.io;

import java.util.Map;

/**
 * Where each field of an input file is, by dotted path ({@code mission.troops}), so that a
 * finding about a field can point at its line. A field that is absent resolves to its nearest
 * present parent, and at last to the start of the file.
 */
public record SourceMap(Map<String, Location> locations) {

  public SourceMap {
    locations = Map.copyOf(locations);
  }

  public Location locate(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Location at = locations.get(p);
      if (at != null) {
        return at;
      }
      int dot = p.lastIndexOf('.');
      p = dot < 0 ? "" : p.substring(0, dot);
    }
    return Location.START;
  }
}
