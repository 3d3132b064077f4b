package io.chartdex.search;

import io.chartdex.schema.IndexSchema;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.Facets;

/**
 * As-you-type completions from the facets fields.json marks with {@code "suggest"} (axis labels,
 * models, titles, chart types as written), counted over all charts. Case variants of one value
 * merge under its most frequent spelling. Values starting with the prefix come before values with a
 * later word starting with it, then by count. Immutable and thread-safe.
 */
final class Suggester {
  private final IndexSchema schema;
  private final FacetCounts facetCounts;

  Suggester(IndexSchema schema, FacetCounts facetCounts) {
    this.schema = schema;
    this.facetCounts = facetCounts;
  }

  List<Suggestion> suggest(Facets all, String field, String prefix, int limit) throws IOException {
    return ChartQueries.suggest(
        schema,
        field,
        prefix,
        limit,
        (dim, p) -> facetCounts.matching(all, dim, p, Integer.MAX_VALUE).values());
  }
}
