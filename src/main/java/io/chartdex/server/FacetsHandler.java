package io.chartdex.server;

import io.chartdex.engine.ChartEngine;
import io.chartdex.search.FacetResult;
import io.chartdex.search.SearchRequest;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code GET /api/facets/{dim}}: searching within one dimension's values (axis labels run into the
 * thousands). Thread-safe.
 */
final class FacetsHandler {
  static final String DIMENSION = "dim";
  static final int DEFAULT_LIMIT = 50;

  private final ChartEngine engine;
  private volatile Set<String> dimensions;

  FacetsHandler(ChartEngine engine) {
    this.engine = engine;
  }

  void values(Context ctx) {
    String dimension = ctx.pathParam(DIMENSION);
    if (!dimensions().contains(dimension)) {
      throw ApiException.notFound(
          "no facet dimension \"" + dimension + "\"; there are " + dimensions());
    }
    QueryParams params = new QueryParams(ctx.queryParamMap());
    int limit = params.integer("limit", DEFAULT_LIMIT, 1, SearchRequest.MAX_FACET_LIMIT);
    String prefix = ctx.queryParam("prefix") == null ? "" : ctx.queryParam("prefix");
    FacetResult result = engine.facetValues(dimension, prefix, limit);
    ctx.json(result);
  }

  /**
   * The schema's visible facet dimensions: those an unfiltered search counts. The schema does not
   * change while the engine is open, so the first answer is kept (a race only computes it twice).
   */
  private Set<String> dimensions() {
    Set<String> known = dimensions;
    if (known == null) {
      known =
          engine.search(SearchRequest.builder().size(0).snippets(0).build()).facets().stream()
              .map(FacetResult::dimension)
              .collect(Collectors.toCollection(TreeSet::new));
      dimensions = Collections.unmodifiableSet(known);
    }
    return known;
  }
}
