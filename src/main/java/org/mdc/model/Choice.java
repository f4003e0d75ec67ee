package org.mdc.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose constants are written in input files as lower-case words with hyphens
 * ({@code non-state}, {@code pre-rubicon}). Implemented by every enum of the zone model.
 */
public interface Choice {

  /** The word used in zone files, mandate files and reports. */
  default String label() {
    Enum<?> constant = (Enum<?>) this;
    return LABELS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** Labels computed once per enum: reports ask for them once per row. */
  ClassValue<String[]> LABELS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      return Arrays.stream(type.getEnumConstants())
          .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .toArray(String[]::new);
    }
  };

  /** The constant whose label is {@code text}, ignoring case; empty when none is. */
  static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.label().equals(wanted))
        .findFirst();
  }

  /** Every label of {@code type}, in declaration order. */
  static <E extends Enum<E> & Choice> List<String> labels(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Choice::label).collect(Collectors.toList());
  }
}
