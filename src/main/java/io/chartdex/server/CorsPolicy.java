package io.chartdex.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin access for the API and the embed script: pages from an allowed origin get {@code
 * Access-Control-Allow-Origin} and their preflights are answered; any other origin gets no CORS
 * headers at all, so the browser keeps its same-origin rule. A request is never refused for its
 * origin: browsers send {@code Origin} on the UI's own POSTs too. (Javalin's bundled CORS plugin
 * answers a disallowed origin with 400, which would break that.) Immutable; thread-safe.
 */
final class CorsPolicy {
  static final String ALLOWED_METHODS = "GET, POST, DELETE, OPTIONS";
  static final String ALLOWED_HEADERS = "Content-Type";
  static final String MAX_AGE_SECONDS = "600";

  private final boolean anyOrigin;
  private final Set<String> origins;

  /**
   * @param allowedOrigins origins as the browser sends them ("https://example.org:8443"); "*"
   *     allows every origin
   */
  CorsPolicy(List<String> allowedOrigins) {
    this.anyOrigin = allowedOrigins.contains("*");
    this.origins =
        allowedOrigins.stream().map(CorsPolicy::normalize).collect(Collectors.toUnmodifiableSet());
  }

  /** A before-handler: adds the headers an allowed origin needs and ends its preflights. */
  void apply(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || !(anyOrigin || origins.contains(normalize(origin)))) {
      return;
    }
    ctx.header("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
    ctx.header("Vary", "Origin");
    if (ctx.method() == HandlerType.OPTIONS
        && ctx.header("Access-Control-Request-Method") != null) {
      ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
      ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
      ctx.status(HttpStatus.NO_CONTENT).skipRemainingHandlers();
    }
  }

  /** Origins compare case-insensitively and without a trailing slash. */
  private static String normalize(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }
}
