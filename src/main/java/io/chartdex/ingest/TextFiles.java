package io.chartdex.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reading text the way every source does: UTF-8, malformed bytes replaced rather than fatal. */
final class TextFiles {
  private TextFiles() {}

  /**
   * Reads a file as UTF-8. Invalid byte sequences become U+FFFD: a description with one bad byte is
   * still worth indexing, and the parser reports what it could not read.
   */
  static String read(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // REPLACE never reports; this cannot happen with the actions above.
      throw new IllegalStateException(e);
    }
  }

  /** A stable id for a text that came with none: the first 16 hex digits of its SHA-256. */
  static String contentId(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
