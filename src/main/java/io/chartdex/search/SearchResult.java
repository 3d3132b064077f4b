package io.chartdex.search;

import java.util.List;

/**
 * The answer to one {@link SearchRequest}.
 *
 * @param total charts matching the query and every filter
 * @param hits the requested page, by score then id
 * @param facets counts per requested dimension, each with sideways counts (choosing a value in a
 *     dimension does not hide that dimension's other values)
 * @param tookMillis time spent searching, highlighting and counting
 * @param nextCursor cursor for the page after this one; null on the last page
 */
public record SearchResult(
    long total,
    List<SearchHit> hits,
    List<FacetResult> facets,
    long tookMillis,
    String nextCursor) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }
}
