package io.chartdex.server.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.chartdex.search.FacetResult;
import io.chartdex.search.SearchHit;
import io.chartdex.search.SearchResult;
import java.util.List;

/**
 * The answer to {@code GET /api/search}.
 *
 * @param query the query as received
 * @param total charts matching the query and every filter
 * @param page the 1-based page returned
 * @param size hits per page requested
 * @param tookMillis time the engine spent
 * @param nextCursor cursor for the following page, null on the last one
 * @param hits the page of hits
 * @param facets counts per dimension, sideways
 */
@JsonPropertyOrder({"query", "total", "page", "size", "tookMillis", "nextCursor", "hits", "facets"})
public record SearchResponse(
    String query,
    long total,
    int page,
    int size,
    long tookMillis,
    String nextCursor,
    List<SearchHit> hits,
    List<FacetResult> facets) {
  public SearchResponse {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  public static SearchResponse of(String query, int page, int size, SearchResult result) {
    return new SearchResponse(
        query,
        result.total(),
        page,
        size,
        result.tookMillis(),
        result.nextCursor(),
        result.hits(),
        result.facets());
  }
}
