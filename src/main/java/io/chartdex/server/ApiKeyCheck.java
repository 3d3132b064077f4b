package io.chartdex.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

/**
 * The optional API key that writes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under
 * {@code /api/}) must present, as {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>};
 * reads stay open. Runs as a before-handler, so a refused request is answered 401 before its body
 * is read: no side effects. Keys are compared as SHA-256 digests with {@link
 * MessageDigest#isEqual}, which takes the same time whatever the key presented (its length
 * included). Immutable; thread-safe.
 */
public final class ApiKeyCheck {
  /** The header that carries the key. */
  public static final String HEADER = "X-API-Key";

  /** The environment variable {@code chartdex serve} reads the key from. */
  public static final String ENVIRONMENT_VARIABLE = "CHARTDEX_API_KEY";

  private static final ApiKeyCheck OPEN = new ApiKeyCheck(null);
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final String BEARER = "Bearer ";

  private final byte[] keyDigest;

  private ApiKeyCheck(byte[] keyDigest) {
    this.keyDigest = keyDigest;
  }

  /** Anyone may write. */
  public static ApiKeyCheck open() {
    return OPEN;
  }

  /**
   * Writes need this key.
   *
   * @throws IllegalArgumentException when the key is blank or has characters a header cannot carry
   */
  public static ApiKeyCheck requiring(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("the API key is empty");
    }
    if (!key.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      throw new IllegalArgumentException(
          "the API key must be printable ASCII without spaces, as HTTP headers carry it");
    }
    return new ApiKeyCheck(digest(key));
  }

  /**
   * The key in a file (its first line, surrounding white space removed).
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when it holds no usable key
   */
  public static ApiKeyCheck fromFile(Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8).strip();
    int newline = content.indexOf('\n');
    String key = (newline < 0 ? content : content.substring(0, newline)).strip();
    try {
      return requiring(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Whether writes need a key. */
  public boolean protectsWrites() {
    return keyDigest != null;
  }

  /** Before-handler: refuses a write without the right key with 401. */
  void check(Context ctx) {
    if (keyDigest == null
        || !WRITES.contains(ctx.method().name())
        || !ctx.path().startsWith("/api/")) {
      return;
    }
    String presented = presentedKey(ctx);
    if (presented == null) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"chartdex\"");
      throw ApiException.unauthorized(
          "this server requires an API key for writes: send it as " + HEADER + ": <key>");
    }
    if (!MessageDigest.isEqual(keyDigest, digest(presented))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"chartdex\", error=\"invalid_token\"");
      throw ApiException.unauthorized("the API key is wrong");
    }
  }

  private static String presentedKey(Context ctx) {
    String header = ctx.header(HEADER);
    if (header != null) {
      return header.strip();
    }
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return authorization.substring(BEARER.length()).strip();
    }
    return null;
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
