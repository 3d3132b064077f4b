package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import io.chartdex.search.ChartQueries;
import io.chartdex.search.RangeFilter;
import io.chartdex.search.SearchRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@link SearchRequest} → the OpenSearch search body. Facet filters go in {@code post_filter}
 * so every facet aggregation sees the query and range filters plus the <em>other</em> dimensions'
 * filters only: the same sideways counts as Lucene's DrillSideways. Hits sort by score then id, as
 * the embedded index ranks them. Immutable and thread-safe.
 */
final class SearchBody {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Terms each shard reports per facet: large so that counts are exact on chartdex's scale. */
  static final int SHARD_SIZE = 10_000;

  private final IndexSchema schema;
  private final QueryTranslator translator;

  SearchBody(IndexSchema schema) {
    this.schema = schema;
    this.translator = new QueryTranslator(schema);
  }

  /** The translated user query alone (what highlighting marks). */
  ObjectNode userQuery(SearchRequest request) {
    return translator.translate(ChartQueries.parse(schema, request.query()));
  }

  ObjectNode build(SearchRequest request, List<FieldDef> dims, Object[] after) {
    ObjectNode userQuery = userQuery(request);
    ObjectNode body = JSON.createObjectNode();
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(userQuery);
    ArrayNode filters = bool.putArray("filter");
    request.ranges().forEach(r -> filters.add(range(r)));
    ObjectNode allFacets = facetFilter(request.filters(), null);
    if (allFacets != null) {
      body.set("post_filter", allFacets);
    }
    body.put("size", request.size()).put("track_total_hits", true).put("track_scores", true);
    if (after == null) {
      body.put("from", request.offset());
    } else {
      body.putArray("search_after").add((Float) after[0]).add((String) after[1]);
    }
    ArrayNode sort = body.putArray("sort");
    sort.addObject().put("_score", "desc");
    sort.addObject().put(OpenSearchFields.ID, "asc");
    body.putArray("_source").add(OpenSearchFields.STORED + ".record");
    ObjectNode aggs = body.putObject("aggs");
    for (int i = 0; i < dims.size(); i++) {
      aggs.set("d" + i, facetAgg(request, dims.get(i)));
    }
    if (request.snippets() > 0 && !request.query().isBlank()) {
      body.set("highlight", highlight(request, userQuery));
    }
    return body;
  }

  /** Counts of one dimension under every filter but its own, plus each selected value's count. */
  private ObjectNode facetAgg(SearchRequest request, FieldDef dim) {
    String field = OpenSearchFields.of(dim);
    ObjectNode agg = JSON.createObjectNode();
    ObjectNode others = facetFilter(request.filters(), dim.name());
    agg.set(
        "filter",
        others == null
            ? JSON.createObjectNode().set("match_all", JSON.createObjectNode())
            : others);
    ObjectNode sub = agg.putObject("aggs");
    ObjectNode terms = sub.putObject("top").putObject("terms");
    terms.put("field", field).put("size", request.facetLimit());
    terms.put("shard_size", Math.max(SHARD_SIZE, request.facetLimit()));
    ArrayNode order = terms.putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    sub.putObject("count")
        .putObject("cardinality")
        .put("field", field)
        .put("precision_threshold", 40_000);
    ObjectNode selected = sub.putObject("selected").putObject("filters").putObject("filters");
    for (String value : canonical(dim, request.filters().getOrDefault(dim.name(), List.of()))) {
      selected.set(value, term(field, value));
    }
    if (selected.isEmpty()) {
      sub.remove("selected");
    }
    return agg;
  }

  /** Facet filters ANDed across dimensions (OR within one), leaving one dimension out, or null. */
  private ObjectNode facetFilter(Map<String, List<String>> chosen, String except) {
    ArrayNode all = JSON.createArrayNode();
    chosen.forEach(
        (name, values) -> {
          FieldDef dim = dimension(name);
          List<String> canonical = canonical(dim, values);
          if (!name.equals(except) && !canonical.isEmpty()) {
            ObjectNode terms = JSON.createObjectNode();
            ArrayNode list = terms.putObject("terms").putArray(OpenSearchFields.of(dim));
            canonical.forEach(list::add);
            all.add(terms);
          }
        });
    if (all.isEmpty()) {
      return null;
    }
    ObjectNode filter = JSON.createObjectNode();
    filter.putObject("bool").set("filter", all);
    return filter;
  }

  private static List<String> canonical(FieldDef dim, List<String> values) {
    return values.stream()
        .map(dim.canonical()::apply)
        .filter(v -> !v.isEmpty())
        .distinct()
        .toList();
  }

  /** The facet the request names, or the failure a user can act on (as the embedded engine). */
  FieldDef dimension(String name) {
    return ChartQueries.facet(schema, name);
  }

  private ObjectNode range(RangeFilter range) {
    FieldDef field = ChartQueries.rangeField(schema, range.role());
    return QueryTranslator.rangeOn(
        OpenSearchFields.of(field),
        range.min() == null ? Double.NEGATIVE_INFINITY : range.min(),
        range.max() == null ? Double.POSITIVE_INFINITY : range.max(),
        range.relation().name().toLowerCase(Locale.ROOT));
  }

  /** The unified highlighter with the embedded contract: {@code <mark>}, HTML-escaped text. */
  private ObjectNode highlight(SearchRequest request, ObjectNode userQuery) {
    ObjectNode h = JSON.createObjectNode().put("type", "unified").put("encoder", "html");
    h.putArray("pre_tags").add("<mark>");
    h.putArray("post_tags").add("</mark>");
    h.put("require_field_match", true).put("order", "score");
    h.put("fragment_size", request.snippetLength()).put("number_of_fragments", request.snippets());
    h.set("highlight_query", userQuery);
    ObjectNode fields = h.putObject("fields");
    schema.highlightFields().forEach(f -> fields.putObject(OpenSearchFields.of(f)));
    return h;
  }

  private static ObjectNode term(String field, String value) {
    ObjectNode term = JSON.createObjectNode();
    term.putObject("term").put(field, value);
    return term;
  }
}
