package io.chartdex.search;

/**
 * The user's query or request cannot be run; the message says what is wrong and, for syntax errors,
 * where (e.g. "Cannot parse 'axis:(decoding': Encountered end of input at column 15"). Servers map
 * it to HTTP 400, the CLI to exit code 2.
 */
public class InvalidQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message) {
    super(message);
  }

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
