package io.chartdex.server;

/**
 * A request the API refuses, with the HTTP status and the error code of the API contract ({@code
 * bad_request}, {@code not_found}, {@code unsupported_media_type}, ...). Handlers throw it; {@link
 * ErrorResponses} turns it into the JSON error body.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  private ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  static ApiException unsupportedMediaType(String message) {
    return new ApiException(415, "unsupported_media_type", message);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
