package org.mdc.rules;

import org.mdc.model.Range;

/** How rules write figures into their messages: thousands separated by commas. */
final class Format {

  private Format() {}

  static String count(long n) {
    return Numbers.grouped(n);
  }

  static String range(Range r) {
    return Numbers.grouped(r);
  }
}
