package io.chartdex.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.chartdex.server.api.ApiJson;
import io.chartdex.server.api.ErrorResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before Javalin sees it (a URL over the size limit: 414; bytes that are
 * not UTF-8 or an ambiguous path: 400; headers too large: 431) in the API's JSON error shape
 * instead of Jetty's HTML page, so every client gets {@code {"error","message"}}. Stateless;
 * thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int status,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    ErrorResponse error = new ErrorResponse(code(status), describe(status, message));
    byte[] body;
    try {
      body = ApiJson.mapper().writeValueAsBytes(error);
    } catch (JsonProcessingException e) {
      throw new IOException("could not write the error answer", e);
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static String code(int status) {
    return switch (status) {
      case 404 -> "not_found";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      default -> status >= 500 ? "internal" : "bad_request";
    };
  }

  private static String describe(int status, String message) {
    String reason = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    return switch (status) {
      case 414 -> "the URL is longer than the server accepts: send a shorter query";
      case 431 -> "the request headers are larger than the server accepts";
      default -> String.format(Locale.ROOT, "the request was refused (%d): %s", status, reason);
    };
  }
}
