package io.chartdex.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search: the query in chartdex's syntax (README, "Query syntax"), facet filters, axis-range
 * filters, paging, which facets to count and how to highlight. Immutable; build with {@link
 * #builder()}.
 *
 * @param query the user's query; blank matches every chart
 * @param filters facet dimension → chosen values: OR within a dimension, AND across dimensions
 * @param ranges axis-range filters, all of which must hold
 * @param offset hits to skip (ignored when a cursor is given)
 * @param size hits to return, 0 to {@link #MAX_SIZE}
 * @param cursor opaque cursor from a previous result's {@code nextCursor}, for deep paging
 * @param facets dimensions to count; empty means every facet dimension of the schema
 * @param facetLimit values to return per dimension (selected values are always listed)
 * @param snippets passages per highlighted field
 * @param snippetLength characters per passage, roughly
 */
public record SearchRequest(
    String query,
    Map<String, List<String>> filters,
    List<RangeFilter> ranges,
    int offset,
    int size,
    String cursor,
    List<String> facets,
    int facetLimit,
    int snippets,
    int snippetLength) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_OFFSET = 10_000;
  public static final int MAX_SNIPPETS = 10;
  public static final int MAX_SNIPPET_LENGTH = 2_000;
  public static final int MAX_FACET_LIMIT = 1_000;

  public SearchRequest {
    query = query == null ? "" : query;
    filters = copyFilters(filters);
    ranges = ranges == null ? List.of() : List.copyOf(ranges);
    facets = facets == null ? List.of() : List.copyOf(facets);
    check(offset >= 0 && offset <= MAX_OFFSET, "offset must be 0.." + MAX_OFFSET + ": " + offset);
    check(size >= 0 && size <= MAX_SIZE, "size must be 0.." + MAX_SIZE + ": " + size);
    check(
        facetLimit >= 1 && facetLimit <= MAX_FACET_LIMIT,
        "facet limit must be 1.." + MAX_FACET_LIMIT);
    check(snippets >= 0 && snippets <= MAX_SNIPPETS, "snippets must be 0.." + MAX_SNIPPETS);
    check(
        snippetLength >= 20 && snippetLength <= MAX_SNIPPET_LENGTH,
        "snippet length must be 20.." + MAX_SNIPPET_LENGTH);
  }

  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new InvalidQueryException(message);
    }
  }

  private static Map<String, List<String>> copyFilters(Map<String, List<String>> filters) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach(
          (dim, values) -> {
            if (values != null && !values.isEmpty()) {
              copy.put(dim, List.copyOf(values));
            }
          });
    }
    return Map.copyOf(copy);
  }

  /** Builds a request with defaults: 10 hits, 10 facet values, 2 snippets of 160 characters. */
  public static final class Builder {
    private String query = "";
    private final Map<String, List<String>> filters = new LinkedHashMap<>();
    private final java.util.ArrayList<RangeFilter> ranges = new java.util.ArrayList<>();
    private int offset;
    private int size = 10;
    private String cursor;
    private List<String> facets = List.of();
    private int facetLimit = 10;
    private int snippets = 2;
    private int snippetLength = 160;

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    /** Adds chosen values for one facet dimension (ORed with values already chosen there). */
    public Builder filter(String dimension, String... values) {
      List<String> merged = new java.util.ArrayList<>(filters.getOrDefault(dimension, List.of()));
      merged.addAll(List.of(values));
      filters.put(dimension, merged);
      return this;
    }

    public Builder range(RangeFilter range) {
      ranges.add(range);
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder size(int size) {
      this.size = size;
      return this;
    }

    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    public Builder facets(List<String> facets) {
      this.facets = facets;
      return this;
    }

    public Builder facetLimit(int facetLimit) {
      this.facetLimit = facetLimit;
      return this;
    }

    public Builder snippets(int snippets) {
      this.snippets = snippets;
      return this;
    }

    public Builder snippetLength(int snippetLength) {
      this.snippetLength = snippetLength;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query,
          filters,
          ranges,
          offset,
          size,
          cursor,
          facets,
          facetLimit,
          snippets,
          snippetLength);
    }
  }
}
