package org.mdc.rules;

import java.util.Locale;
import org.mdc.model.Range;

/** How rules write figures into their messages: thousands separated by commas. */
final class Format {

  private Format() {}

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String range(Range r) {
    return r.isSingle() ? count(r.min()) : count(r.min()) + " to " + count(r.max());
  }
}
