package org.mdc.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 for the readers of input files: bytes that are not UTF-8 are an error, never replaced. */
public final class Utf8 {

  private Utf8() {}

  /** The text of {@code length} bytes from {@code offset}; throws at the first malformed sequence. */
  public static String decode(byte[] bytes, int offset, int length) throws CharacterCodingException {
    if (isAscii(bytes, offset, length)) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1); // the same text, decoded faster
    }
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, length))
        .toString();
  }

  /** True when the {@code length} bytes from {@code offset} are well-formed UTF-8. */
  public static boolean isValid(byte[] bytes, int offset, int length) {
    try {
      decode(bytes, offset, length);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isAscii(byte[] bytes, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
