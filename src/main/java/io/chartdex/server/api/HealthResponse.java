package io.chartdex.server.api;

/** The answer to {@code GET /api/health}: "ok" while the server serves. */
public record HealthResponse(String status) {
  public static final HealthResponse OK = new HealthResponse("ok");
}
