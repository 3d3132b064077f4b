package io.chartdex.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque cursor of deep paging: the (score, id) of the last hit of a page, base64url-encoded,
 * decoded into the {@link FieldDoc} that Lucene's search-after continues from. Stateless.
 */
final class SearchCursor {
  private static final String VERSION = "1";

  private SearchCursor() {}

  static String encode(float score, String id) {
    String plain = VERSION + ":" + Integer.toHexString(Float.floatToIntBits(score)) + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws InvalidQueryException when the cursor was not made by {@link #encode}
   */
  static FieldDoc decode(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = plain.split(":", 3);
      if (parts.length != 3 || !parts[0].equals(VERSION)) {
        throw new IllegalArgumentException("unknown cursor version");
      }
      float score = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16));
      return new FieldDoc(Integer.MAX_VALUE, score, new Object[] {score, new BytesRef(parts[2])});
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(
          "invalid cursor '" + cursor + "': use the nextCursor of a result", e);
    }
  }
}
