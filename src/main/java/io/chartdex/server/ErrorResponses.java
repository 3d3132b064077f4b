package io.chartdex.server;

import io.chartdex.search.InvalidQueryException;
import io.chartdex.server.api.ErrorResponse;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become HTTP answers: every error is {@code {"error","message"}} with a 4xx
 * for the client's faults and a logged 500 for ours. Stateless; thread-safe.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  static void register(RoutesConfig routes) {
    routes.exception(
        ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.code(), e.getMessage()));
    routes.exception(
        InvalidQueryException.class,
        (e, ctx) -> respond(ctx, 400, "invalid_query", e.getMessage()));
    // Javalin reports unknown routes (404), bodies over the limit (413) and the like this way.
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> respond(ctx, e.getStatus(), codeOf(e.getStatus()), e.getMessage()));
    routes.exception(Exception.class, ErrorResponses::internal);
  }

  private static void internal(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    respond(ctx, 500, "internal", "the server failed to answer; the cause is in its log");
  }

  private static void respond(Context ctx, int status, String code, String message) {
    ctx.status(status).json(new ErrorResponse(code, message));
  }

  private static String codeOf(int status) {
    return switch (status) {
      case 404 -> "not_found";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      default -> status >= 500 ? "internal" : "bad_request";
    };
  }
}
