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
import org.apache.lucene.facet.LabelAndValue;

/**
 * Turns Lucene facet counts into chartdex's {@link FacetResult}s: top values by count then value,
 * every selected value listed (with 0 if nothing matches it), and value lists filtered by a typed
 * prefix for facet browsing and suggestions. Immutable and thread-safe.
 */
final class FacetCounts {
  private static final Comparator<FacetResult.FacetValue> BY_COUNT =
      Comparator.comparingLong((FacetResult.FacetValue v) -> -v.count())
          .thenComparing(FacetResult.FacetValue::value);

  private final IndexSchema schema;

  FacetCounts(IndexSchema schema) {
    this.schema = schema;
  }

  /** The facet the request names, or the failure a user can act on. */
  FieldDef dimension(String name) {
    return ChartQueries.facet(schema, name);
  }

  /** Counts of one dimension among the matching charts, selected values always included. */
  FacetResult result(Facets facets, FieldDef dim, List<String> selected, int limit)
      throws IOException {
    org.apache.lucene.facet.FacetResult top =
        facets == null ? null : facets.getTopChildren(limit, dim.name());
    Map<String, FacetResult.FacetValue> values = new LinkedHashMap<>();
    List<String> chosen = selected.stream().map(dim.canonical()::apply).toList();
    if (top != null) {
      for (LabelAndValue lv : top.labelValues) {
        values.put(
            lv.label,
            new FacetResult.FacetValue(lv.label, lv.value.longValue(), chosen.contains(lv.label)));
      }
    }
    for (String value : chosen) {
      if (!values.containsKey(value)) {
        Number count = facets == null ? null : facets.getSpecificValue(dim.name(), value);
        long n = count == null ? 0 : Math.max(0, count.longValue());
        values.put(value, new FacetResult.FacetValue(value, n, true));
      }
    }
    List<FacetResult.FacetValue> ordered = new ArrayList<>(values.values());
    ordered.sort(BY_COUNT);
    return new FacetResult(dim.name(), dim.label(), top == null ? 0 : top.childCount, ordered);
  }

  /** Values of a dimension over all charts that start with the prefix or have a word that does. */
  FacetResult matching(Facets all, FieldDef dim, String prefix, int limit) throws IOException {
    List<FacetResult.FacetValue> found = new ArrayList<>();
    org.apache.lucene.facet.FacetResult every = all == null ? null : all.getAllChildren(dim.name());
    if (every != null) {
      for (LabelAndValue lv : every.labelValues) {
        if (matches(lv.label, prefix)) {
          found.add(new FacetResult.FacetValue(lv.label, lv.value.longValue(), false));
        }
      }
    }
    found.sort(BY_COUNT);
    return new FacetResult(
        dim.name(), dim.label(), found.size(), found.subList(0, Math.min(limit, found.size())));
  }

  /** Whether the value or one of its words starts with the prefix, ignoring case. */
  static boolean matches(String value, String prefix) {
    String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    String v = value.toLowerCase(Locale.ROOT);
    if (p.isEmpty() || v.startsWith(p)) {
      return true;
    }
    for (String word : v.split("[^\\p{L}\\p{N}]+")) {
      if (word.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
