package org.mdc.io;

import java.util.Objects;
import org.mdc.model.Zone;

/** A zone read from a file, with where each of its fields is in that file. */
public record ZoneDocument(String file, Zone zone, SourceMap sourceMap) {

  public ZoneDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(sourceMap, "sourceMap");
  }
}
