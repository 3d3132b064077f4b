package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.chartdex.model.ChartRecord;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import io.chartdex.search.ChartQueries;
import io.chartdex.search.FacetResult;
import io.chartdex.search.SearchHit;
import io.chartdex.search.SearchRequest;
import io.chartdex.search.Snippet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenSearch search response → chartdex's hits, snippets and facets, in the same shapes and
 * orders as the embedded engine: snippets in the schema's highlight order with the overview summary
 * when nothing matched, facet values by count then value with every selected value listed.
 * Immutable and thread-safe.
 */
final class SearchResponseReader {
  static final Comparator<FacetResult.FacetValue> BY_COUNT =
      Comparator.comparingLong((FacetResult.FacetValue v) -> -v.count())
          .thenComparing(FacetResult.FacetValue::value);

  private static final java.util.regex.Pattern ADJACENT_MARKS =
      java.util.regex.Pattern.compile("</mark>(\\s+)<mark>");

  private final IndexSchema schema;

  SearchResponseReader(IndexSchema schema) {
    this.schema = schema;
  }

  List<SearchHit> hits(JsonNode response, SearchRequest request) {
    boolean scored = !request.query().isBlank();
    List<SearchHit> hits = new ArrayList<>();
    for (JsonNode hit : response.path("hits").path("hits")) {
      ChartRecord r = ChartDocuments.record(hit.path("_source"));
      float score = scored ? (float) hit.path("_score").asDouble() : 0f;
      hits.add(SearchHit.of(r, score, snippets(hit.path("highlight"), r, request)));
    }
    return hits;
  }

  private List<Snippet> snippets(JsonNode highlight, ChartRecord record, SearchRequest request) {
    List<Snippet> snippets = new ArrayList<>();
    if (request.snippets() == 0) {
      return snippets;
    }
    for (FieldDef field : schema.highlightFields()) {
      JsonNode fragments = highlight.path(OpenSearchFields.of(field));
      if (fragments.isArray() && !fragments.isEmpty()) {
        List<String> texts = new ArrayList<>();
        boolean phrases = request.query().indexOf('"') >= 0;
        fragments.forEach(f -> texts.add(phrases ? wholePhrases(f.asText()) : f.asText()));
        snippets.add(new Snippet(field.name(), field.label(), texts, true));
      }
    }
    if (snippets.isEmpty()) {
      ChartQueries.summary(record, request.snippetLength()).ifPresent(snippets::add);
    }
    return snippets;
  }

  /**
   * OpenSearch marks a phrase word by word; the embedded highlighter (weight matches) marks it as
   * one span. When the query has a phrase, marks only whitespace apart are joined into one.
   */
  static String wholePhrases(String fragment) {
    return ADJACENT_MARKS.matcher(fragment).replaceAll("$1");
  }

  FacetResult facet(JsonNode agg, FieldDef dim, List<String> selected) {
    List<String> chosen = selected.stream().map(dim.canonical()::apply).toList();
    Map<String, FacetResult.FacetValue> values = new LinkedHashMap<>();
    for (JsonNode bucket : agg.path("top").path("buckets")) {
      String value = bucket.path("key").asText();
      values.put(
          value,
          new FacetResult.FacetValue(
              value, bucket.path("doc_count").asLong(), chosen.contains(value)));
    }
    for (String value : chosen) {
      if (!values.containsKey(value)) {
        long n = agg.path("selected").path("buckets").path(value).path("doc_count").asLong(0);
        values.put(value, new FacetResult.FacetValue(value, n, true));
      }
    }
    List<FacetResult.FacetValue> ordered = new ArrayList<>(values.values());
    ordered.sort(BY_COUNT);
    return new FacetResult(
        dim.name(), dim.label(), agg.path("count").path("value").asInt(), ordered);
  }
}
