package io.chartdex.server;

import io.chartdex.engine.ChartEngine;
import io.chartdex.server.api.SuggestResponse;
import io.javalin.http.Context;
import java.util.Set;

/** {@code GET /api/suggest}: as-you-type completions. Thread-safe. */
final class SuggestHandler {
  static final Set<String> FIELDS = Set.of("axis", "model", "title", "type");
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;

  private final ChartEngine engine;

  SuggestHandler(ChartEngine engine) {
    this.engine = engine;
  }

  void suggest(Context ctx) {
    QueryParams params = new QueryParams(ctx.queryParamMap());
    String field = params.text("field");
    if (field != null && !FIELDS.contains(field)) {
      throw ApiException.badRequest(
          "field must be one of axis, model, title, type (or absent for all): \"" + field + "\"");
    }
    int limit = params.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    String prefix = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    ctx.json(new SuggestResponse(engine.suggest(field, prefix, limit)));
  }
}
