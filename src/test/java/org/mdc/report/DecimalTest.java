package org.mdc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The digit writer of the CSV renderer must agree with Long.toString for every long. */
class DecimalTest {

  private static String written(long value) {
    byte[] to = new byte[25];
    to[0] = '[';
    int end = Decimal.write(value, to, 1);
    to[end] = ']';
    return new String(to, 0, end + 1, java.nio.charset.StandardCharsets.US_ASCII);
  }

  @Test
  void edgesAndPowersOfTen() {
    LongStream.of(0, 1, -1, 9, 10, 11, 99, 100, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE,
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L)
        .forEach(v -> assertThat(written(v)).isEqualTo("[" + v + "]"));
    long power = 1;
    for (int i = 0; i < 19; i++) {
      for (long v : new long[] {power - 1, power, power + 1, -power}) {
        assertThat(written(v)).isEqualTo("[" + v + "]");
      }
      power *= 10;
    }
  }

  @Test
  void randomValuesOfEveryLength() {
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      long v = random.nextLong() >> random.nextInt(64);
      assertThat(written(v)).isEqualTo("[" + v + "]");
    }
  }

  /** Ints are written with a multiply and a shift in place of a division by 100: every small one, and the largest. */
  @Test
  void intsWrittenWithoutDividing() {
    for (long v = 0; v <= 1_200_000; v++) {
      assertThat(written(v)).isEqualTo("[" + v + "]");
    }
    for (long v = Integer.MAX_VALUE - 1_000_000L; v <= Integer.MAX_VALUE + 1_000L; v++) {
      assertThat(written(v)).isEqualTo("[" + v + "]");
    }
  }
}
