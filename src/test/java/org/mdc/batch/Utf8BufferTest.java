package org.mdc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The block buffer must encode exactly as String.getBytes(UTF_8), however the text is cut into writes. */
class Utf8BufferTest {

  /** ASCII, two- and three-byte chars, a surrogate pair's halves, and the boundaries between them. */
  private static final char[] CHARS = {
    'a', 'Z', '0', ',', '\n', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u2013', '\uffff', '\ud83d', '\ude00',
    '\ud800', '\udfff'
  };

  @Test
  void encodesAsStringGetBytesWhateverTheWrites() throws IOException {
    Random random = new Random(2014);
    for (int run = 0; run < 5_000; run++) {
      StringBuilder whole = new StringBuilder();
      Utf8Buffer buffer = new Utf8Buffer(random.nextInt(8));
      ByteArrayOutputStream drained = new ByteArrayOutputStream();
      for (int piece = random.nextInt(6); piece >= 0; piece--) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
          text.append(CHARS[random.nextInt(CHARS.length)]);
        }
        whole.append(text);
        switch (random.nextInt(5)) {
          case 0:
            buffer.write(text.toString());
            break;
          case 1:
            buffer.write(text.toString().toCharArray(), 0, text.length());
            break;
          case 2:
            buffer.append(text);
            break;
          case 3:
            text.chars().forEach(buffer::write);
            break;
          default:
            buffer.append((CharSequence) text.toString());
        }
      }
      buffer.drainTo(drained);
      assertThat(drained.toByteArray()).as("text %s", whole.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(buffer.length()).isZero();
    }
  }

  @Test
  void aSurrogatePairCutBetweenTwoWritesIsOneCharacter() {
    Utf8Buffer buffer = new Utf8Buffer(4);
    buffer.write("x\ud83d");
    buffer.write("\ude00y");
    assertThat(buffer.toByteArray()).isEqualTo("x\ud83d\ude00y".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLoneHighSurrogateAtTheEndBecomesAQuestionMark() {
    Utf8Buffer buffer = new Utf8Buffer(4);
    buffer.write("ab\ud83d");
    assertThat(buffer.toByteArray()).containsExactly('a', 'b', '?');
  }
}
