package io.chartdex.server;

import io.chartdex.engine.ChartEngine;
import io.chartdex.search.SearchResult;
import io.chartdex.server.api.SearchResponse;
import io.javalin.http.Context;

/** {@code GET /api/search}. Stateless apart from the engine; thread-safe. */
final class SearchHandler {
  private final ChartEngine engine;

  SearchHandler(ChartEngine engine) {
    this.engine = engine;
  }

  void search(Context ctx) {
    SearchParams params = SearchParams.parse(ctx.queryParamMap());
    SearchResult result = engine.search(params.request());
    ctx.json(
        SearchResponse.of(
            params.request().query(), params.page(), params.request().size(), result));
  }
}
