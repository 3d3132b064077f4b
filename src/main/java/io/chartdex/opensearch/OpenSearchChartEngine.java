package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chartdex.config.ConfigSource;
import io.chartdex.engine.ChartEngine;
import io.chartdex.index.DocumentIndexException;
import io.chartdex.index.IndexReport;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.parse.ChartParser;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import io.chartdex.search.ChartQueries;
import io.chartdex.search.FacetResult;
import io.chartdex.search.InvalidQueryException;
import io.chartdex.search.SearchHit;
import io.chartdex.search.SearchRequest;
import io.chartdex.search.SearchResult;
import io.chartdex.search.StoredChart;
import io.chartdex.search.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * chartdex over an OpenSearch cluster: the same index-config, parser, query syntax, facets and
 * highlighting contract as the embedded engine, with the index living in the cluster. Parsing and
 * query analysis happen here; the cluster stores, matches, counts and highlights. Talks HTTP only.
 *
 * <p>Thread-safe: it holds immutable parts and a thread-safe connection; the cluster orders
 * concurrent writes.
 */
public final class OpenSearchChartEngine implements ChartEngine {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Distinct values read for facet browsing and suggestions (terms aggregation size). */
  private static final int VALUE_SCAN = 10_000;

  private final OpenSearchSettings settings;
  private final OpenSearchConnection connection;
  private final IndexSchema schema;
  private final ChartParser parser;
  private final ChartDocuments documents;
  private final SearchBody bodies;
  private final SearchResponseReader reader;
  private final String path;
  private final RefreshPause refreshPause;

  private OpenSearchChartEngine(
      OpenSearchSettings settings,
      OpenSearchConnection connection,
      IndexSchema schema,
      ChartParser parser) {
    this.settings = settings;
    this.connection = connection;
    this.schema = schema;
    this.parser = parser;
    this.documents = new ChartDocuments(schema);
    this.bodies = new SearchBody(schema);
    this.reader = new SearchResponseReader(schema);
    this.path = "/" + settings.index();
    this.refreshPause = new RefreshPause(connection, settings.index());
  }

  /**
   * Connects, and creates the index from the configuration or checks that it was made from it.
   *
   * @throws io.chartdex.config.ConfigException when the configuration cannot be used
   * @throws MappingMismatchException when the index exists with another mapping
   * @throws OpenSearchException when the cluster cannot be reached or refuses
   */
  public static OpenSearchChartEngine open(OpenSearchSettings settings, ConfigSource config) {
    IndexSchema schema = IndexSchema.load(config);
    ChartParser parser = ChartParser.fromConfig(config);
    IndexMapping mapping =
        IndexMapping.from(schema, config, settings.shards(), settings.replicas());
    OpenSearchConnection connection =
        new OpenSearchConnection(settings.urls(), settings.user(), settings.password());
    RemoteIndex.createOrValidate(connection, settings.index(), mapping);
    return new OpenSearchChartEngine(settings, connection, schema, parser);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Parsing overlaps sending (see {@link BulkIndexRun}); the index's periodic refresh is off for
   * the run and restored, with a refresh, when it ends, also when it fails.
   */
  @Override
  public IndexReport index(DescriptionSource source, IndexProgress progress) {
    long started = System.currentTimeMillis();
    IndexReport run;
    try (RefreshPause.Held paused = refreshPause.pause()) {
      run =
          new BulkIndexRun(
                  parser, documents, new BulkSender(connection, settings.index()), progress)
              .run(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The run's time includes the final refresh: only then is everything searchable.
    return new IndexReport(
        run.indexed(),
        run.replaced(),
        run.withWarnings(),
        run.failures(),
        System.currentTimeMillis() - started,
        run.bytes());
  }

  /**
   * {@inheritDoc}
   *
   * @throws DocumentIndexException when some could not be indexed (the others are visible)
   */
  @Override
  public List<ChartRecord> add(List<Description> descriptions) {
    List<ChartRecord> records = descriptions.stream().map(parser::parse).toList();
    BulkWriter writer = new BulkWriter(connection, settings.index());
    for (int i = 0; i < records.size(); i++) {
      Description d = descriptions.get(i);
      writer.add(d.id(), documents.toSource(records.get(i), d.text(), d.metadata()));
    }
    writer.flush();
    connection.call("POST", path + "/_refresh", null);
    if (!writer.failures().isEmpty()) {
      throw new DocumentIndexException(writer.failures());
    }
    return records;
  }

  @Override
  public boolean delete(String id) {
    OpenSearchConnection.Response response =
        connection.send("DELETE", path + "/_doc/" + encode(id) + "?refresh=true", null);
    if (response.status() == 404) {
      return false;
    }
    if (response.status() / 100 != 2) {
      throw OpenSearchConnection.failure("DELETE", path + "/_doc/" + id, response);
    }
    return true;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long started = System.nanoTime();
    List<FieldDef> dims =
        request.facets().isEmpty()
            ? schema.visibleFacets()
            : request.facets().stream().map(bodies::dimension).toList();
    Object[] after = request.cursor() == null ? null : ChartQueries.cursorAfter(request.cursor());
    ObjectNode body = bodies.build(request, dims, after);
    JsonNode response = searchCall(body);
    long total = response.path("hits").path("total").path("value").asLong();
    List<SearchHit> hits = reader.hits(response, request);
    List<FacetResult> facets = new ArrayList<>();
    for (int i = 0; i < dims.size(); i++) {
      FieldDef dim = dims.get(i);
      facets.add(
          reader.facet(
              response.path("aggregations").path("d" + i),
              dim,
              request.filters().getOrDefault(dim.name(), List.of())));
    }
    int offset = after == null ? request.offset() : 0;
    boolean more =
        request.size() > 0 && hits.size() == request.size() && offset + hits.size() < total;
    String cursor = null;
    if (more) {
      JsonNode last = response.path("hits").path("hits").path(hits.size() - 1).path("sort");
      cursor = ChartQueries.cursor((float) last.path(0).asDouble(), last.path(1).asText());
    }
    return new SearchResult(total, hits, facets, (System.nanoTime() - started) / 1_000_000, cursor);
  }

  /** Runs a search; a 400 is the user's query (say, too many clauses), not a cluster fault. */
  private JsonNode searchCall(ObjectNode body) {
    OpenSearchConnection.Response response = connection.send("POST", path + "/_search", body);
    if (response.status() == 400) {
      throw new InvalidQueryException(
          "OpenSearch refused the query: " + response.body().path("error").path("reason").asText());
    }
    if (response.status() / 100 != 2) {
      throw OpenSearchConnection.failure("POST", path + "/_search", response);
    }
    return response.body();
  }

  @Override
  public Optional<StoredChart> get(String id) {
    OpenSearchConnection.Response response =
        connection.send("GET", path + "/_doc/" + encode(id), null);
    if (response.status() == 404) {
      return Optional.empty();
    }
    if (response.status() / 100 != 2) {
      throw OpenSearchConnection.failure("GET", path + "/_doc/" + id, response);
    }
    return Optional.of(ChartDocuments.chart(response.body().path("_source")));
  }

  @Override
  public List<Suggestion> suggest(String field, String prefix, int limit) {
    return ChartQueries.suggest(schema, field, prefix, limit, this::matching);
  }

  @Override
  public FacetResult facetValues(String dimension, String prefix, int limit) {
    FieldDef dim = bodies.dimension(dimension);
    List<FacetResult.FacetValue> found = matching(dim, prefix);
    return new FacetResult(
        dim.name(), dim.label(), found.size(), found.subList(0, Math.min(limit, found.size())));
  }

  /** Values of a dimension over all charts that match the prefix, by count then value. */
  private List<FacetResult.FacetValue> matching(FieldDef dim, String prefix) {
    ObjectNode body = JSON.createObjectNode().put("size", 0);
    ObjectNode terms = body.putObject("aggs").putObject("v").putObject("terms");
    terms.put("field", OpenSearchFields.of(dim)).put("size", VALUE_SCAN);
    List<FacetResult.FacetValue> found = new ArrayList<>();
    for (JsonNode bucket : searchCall(body).path("aggregations").path("v").path("buckets")) {
      String value = bucket.path("key").asText();
      if (ChartQueries.valueMatches(value, prefix)) {
        found.add(new FacetResult.FacetValue(value, bucket.path("doc_count").asLong(), false));
      }
    }
    found.sort(SearchResponseReader.BY_COUNT);
    return found;
  }

  @Override
  public EngineStats stats() {
    long count = connection.call("GET", path + "/_count", null).path("count").asLong();
    long bytes =
        connection
            .call("GET", path + "/_stats/store", null)
            .path("_all")
            .path("primaries")
            .path("store")
            .path("size_in_bytes")
            .asLong();
    return new EngineStats(count, bytes, settings.urls().get(0) + settings.index());
  }

  /** Nothing to release: the JDK HTTP client closes its connections when unreachable. */
  @Override
  public void close() {}

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
