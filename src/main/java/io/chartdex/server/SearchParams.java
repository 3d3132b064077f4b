package io.chartdex.server;

import io.chartdex.search.RangeFilter;
import io.chartdex.search.SearchRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code GET /api/search} parameters into a {@link SearchRequest}: the one place their names,
 * defaults and bounds live (API.md, "GET /api/search"). Stateless.
 *
 * @param request what the engine is asked
 * @param page the 1-based page, echoed in the response
 */
record SearchParams(SearchRequest request, int page) {
  static final String FILTER_PREFIX = "f.";
  static final String RANGE_PREFIX = "range.";
  static final String RELATION_SUFFIX = ".relation";
  static final int DEFAULT_SIZE = 10;
  static final int DEFAULT_FACET_LIMIT = 10;
  static final int DEFAULT_SNIPPETS = 2;
  static final int DEFAULT_SNIPPET_LENGTH = 160;

  /**
   * @throws ApiException (400) naming the parameter when a value is malformed or out of bounds
   */
  static SearchParams parse(Map<String, List<String>> raw) {
    QueryParams params = new QueryParams(raw);
    int size = params.integer("size", DEFAULT_SIZE, 0, SearchRequest.MAX_SIZE);
    int page = params.integer("page", 1, 1, Integer.MAX_VALUE);
    long offset = (long) (page - 1) * size;
    if (offset > SearchRequest.MAX_OFFSET) {
      throw ApiException.badRequest(
          "page "
              + page
              + " starts beyond hit "
              + SearchRequest.MAX_OFFSET
              + ": use cursor (nextCursor) to page deeper");
    }
    SearchRequest.Builder request =
        SearchRequest.builder()
            .query(raw.containsKey("q") ? String.join(" ", raw.get("q")) : "")
            .size(size)
            .offset((int) offset)
            .cursor(params.text("cursor"))
            .facets(params.commaList("facets"))
            .facetLimit(
                params.integer("facetLimit", DEFAULT_FACET_LIMIT, 1, SearchRequest.MAX_FACET_LIMIT))
            .snippets(params.integer("snippets", DEFAULT_SNIPPETS, 0, SearchRequest.MAX_SNIPPETS))
            .snippetLength(
                params.integer(
                    "snippetLength", DEFAULT_SNIPPET_LENGTH, 20, SearchRequest.MAX_SNIPPET_LENGTH));
    addFilters(raw, request);
    addRanges(params, request);
    return new SearchParams(request.build(), page);
  }

  private static void addFilters(Map<String, List<String>> raw, SearchRequest.Builder request) {
    raw.forEach(
        (name, values) -> {
          if (name.startsWith(FILTER_PREFIX)) {
            String dimension = name.substring(FILTER_PREFIX.length());
            if (dimension.isBlank()) {
              throw ApiException.badRequest("filter parameter needs a dimension: f.<dim>=<value>");
            }
            List<String> chosen = values.stream().filter(v -> !v.isBlank()).toList();
            if (!chosen.isEmpty()) {
              request.filter(dimension, chosen.toArray(String[]::new));
            }
          }
        });
  }

  private static void addRanges(QueryParams params, SearchRequest.Builder request) {
    for (String name : params.all().keySet()) {
      if (name.startsWith(RANGE_PREFIX) && !name.endsWith(RELATION_SUFFIX)) {
        String value = params.text(name);
        if (value != null) {
          String role = name.substring(RANGE_PREFIX.length());
          request.range(range(name, role, value, relation(params, name)));
        }
      }
    }
  }

  /** Reads "min..max" where either end may be empty. */
  private static RangeFilter range(
      String name, String role, String value, RangeFilter.Relation relation) {
    int dots = value.indexOf("..");
    if (dots < 0) {
      throw ApiException.badRequest(name + " must be min..max (either end may be empty): " + value);
    }
    Double min = bound(name, value.substring(0, dots));
    Double max = bound(name, value.substring(dots + 2));
    return new RangeFilter(role, min, max, relation);
  }

  private static Double bound(String name, String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    try {
      double number = Double.parseDouble(trimmed);
      if (!Double.isFinite(number)) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " bound is not a number: \"" + trimmed + "\"");
    }
  }

  private static RangeFilter.Relation relation(QueryParams params, String rangeName) {
    String name = rangeName + RELATION_SUFFIX;
    String value = params.text(name);
    if (value == null) {
      return RangeFilter.Relation.INTERSECTS;
    }
    try {
      return RangeFilter.Relation.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          name + " must be intersects, within or contains: \"" + value + "\"");
    }
  }
}
