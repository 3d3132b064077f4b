package io.chartdex.server;

import io.chartdex.engine.ChartEngine;
import io.chartdex.server.api.HealthResponse;
import io.chartdex.server.api.StatsResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code /api/health}, {@code /api/stats} and {@code /api/openapi.json}: what the server is and how
 * it is doing. Thread-safe.
 */
final class StatusHandler {
  /** The hand-written OpenAPI 3 document, next to this class on the classpath. */
  static final String OPENAPI_RESOURCE = "openapi.json";

  private final ChartEngine engine;
  private final Clock clock;
  private final Instant started;
  private final byte[] openApi;

  StatusHandler(ChartEngine engine, Clock clock) {
    this.engine = engine;
    this.clock = clock;
    this.started = clock.instant();
    this.openApi = loadOpenApi();
  }

  void health(Context ctx) {
    ctx.json(HealthResponse.OK);
  }

  void stats(Context ctx) throws IOException {
    ChartEngine.EngineStats stats = engine.stats();
    long uptime = clock.millis() - started.toEpochMilli();
    ctx.json(new StatsResponse(stats.documents(), stats.indexBytes(), stats.location(), uptime));
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  private static byte[] loadOpenApi() {
    try (InputStream in = StatusHandler.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no io/chartdex/server/" + OPENAPI_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document", e);
    }
  }
}
