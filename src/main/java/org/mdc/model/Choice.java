package org.mdc.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants are written in input files as lower-case words with hyphens
 * ({@code non-state}, {@code pre-rubicon}). Implemented by every enum of the zone model.
 */
public interface Choice {

  /** The word used in zone files, mandate files and reports. */
  default String label() {
    Enum<?> constant = (Enum<?>) this;
    // The class, not getDeclaringClass(): that asks the JVM for the superclass, a native call on
    // every label until C2 compiles it, and compare asks for one per row (2% of its time under C1).
    return LABELS.get(constant.getClass())[constant.ordinal()];
  }

  // Plain loops rather than streams here: every enum field of every input goes through parse,
  // and a stream's first findFirst in a fresh JVM spins the lambdas of java.util.stream.FindOps,
  // which the class-data archive does not keep (about 2 ms of each short command).

  /** Labels computed once per enum: reports ask for them once per row. */
  ClassValue<String[]> LABELS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      // A constant with a body of its own is an instance of a subclass of its enum.
      Object[] constants = (type.isEnum() ? type : type.getSuperclass()).getEnumConstants();
      String[] labels = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        labels[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return labels;
    }
  };

  /** The constant whose label is {@code text}, ignoring case; empty when none is. */
  static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (E constant : type.getEnumConstants()) {
      if (constant.label().equals(wanted)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** Every label of {@code type}, in declaration order. */
  static <E extends Enum<E> & Choice> List<String> labels(Class<E> type) {
    return new ArrayList<>(Arrays.asList(LABELS.get(type)));
  }
}
