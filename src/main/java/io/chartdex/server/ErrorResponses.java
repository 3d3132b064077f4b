package io.chartdex.server;

import io.chartdex.index.DocumentIndexException;
import io.chartdex.search.InvalidQueryException;
import io.chartdex.server.api.ErrorResponse;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
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
    // Some documents of a POST could not be indexed (the others were, and are committed).
    routes.exception(
        DocumentIndexException.class, (e, ctx) -> respond(ctx, 400, "bad_request", notIndexed(e)));
    // Content-Type: text/plain; charset=<nonsense> fails when the servlet API reads it.
    routes.exception(
        IllegalCharsetNameException.class,
        (e, ctx) ->
            respond(ctx, 415, "unsupported_media_type", unknownCharset(e.getCharsetName())));
    routes.exception(
        UnsupportedCharsetException.class,
        (e, ctx) ->
            respond(ctx, 415, "unsupported_media_type", unknownCharset(e.getCharsetName())));
    routes.exception(Exception.class, ErrorResponses::internal);
  }

  private static String notIndexed(DocumentIndexException e) {
    String reasons =
        e.failures().stream()
            .map(f -> abbreviate(f.id(), 80) + ": " + abbreviate(f.reason(), 200))
            .limit(10)
            .toList()
            .toString();
    return e.failures().size()
        + " document(s) could not be indexed "
        + reasons
        + "; the other documents of this request were indexed";
  }

  private static String abbreviate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "…";
  }

  private static String unknownCharset(String name) {
    return "the Content-Type names a charset this server does not know (\""
        + name
        + "\"): send UTF-8";
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
      case 401 -> "unauthorized";
      case 404 -> "not_found";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      default -> status >= 500 ? "internal" : "bad_request";
    };
  }
}
