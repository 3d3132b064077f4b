package io.chartdex.opensearch;

/**
 * An OpenSearch request that failed for good: the cluster answered with an error, or no node could
 * be reached after the retries. Carries the HTTP status (0 when no node answered).
 */
public class OpenSearchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public OpenSearchException(int status, String message) {
    super(message);
    this.status = status;
  }

  public OpenSearchException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  /** The HTTP status the cluster answered with, or 0 when no node answered. */
  public int status() {
    return status;
  }
}
