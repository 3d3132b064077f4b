package io.chartdex.search;

import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    Map<String, FieldDef> sources = schema.suggestFacets();
    if (field != null && !sources.containsKey(field)) {
      throw new InvalidQueryException(
          "cannot suggest for '"
              + field
              + "' (known: "
              + String.join(", ", sources.keySet())
              + ")");
    }
    String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    List<Suggestion> found = new ArrayList<>();
    for (Map.Entry<String, FieldDef> source : sources.entrySet()) {
      if (field == null || field.equals(source.getKey())) {
        found.addAll(merged(all, source.getKey(), source.getValue(), p));
      }
    }
    found.sort(
        Comparator.comparingInt(
                (Suggestion s) -> s.text().toLowerCase(Locale.ROOT).startsWith(p) ? 0 : 1)
            .thenComparingLong(s -> -s.weight())
            .thenComparing(Suggestion::text)
            .thenComparing(Suggestion::field));
    return List.copyOf(found.subList(0, Math.min(Math.max(limit, 0), found.size())));
  }

  private List<Suggestion> merged(Facets all, String name, FieldDef dim, String prefix)
      throws IOException {
    FacetResult values = facetCounts.matching(all, dim, prefix, Integer.MAX_VALUE);
    Map<String, Suggestion> byKey = new LinkedHashMap<>();
    // Values arrive most frequent first, so the first spelling of a key is its most frequent one.
    for (FacetResult.FacetValue v : values.values()) {
      byKey.merge(
          v.value().toLowerCase(Locale.ROOT),
          new Suggestion(v.value(), name, v.count()),
          (a, b) -> new Suggestion(a.text(), name, a.weight() + b.weight()));
    }
    return new ArrayList<>(byKey.values());
  }
}
