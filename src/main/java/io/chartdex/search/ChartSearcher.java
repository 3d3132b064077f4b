package io.chartdex.search;

import io.chartdex.mapping.IndexFields;
import io.chartdex.mapping.StoredRecord;
import io.chartdex.model.ChartRecord;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Runs searches against the current generation of the index: parses the query, adds range and facet
 * filters, ranks by score then id, counts facets with sideways counts (DrillSideways), pages by
 * offset or cursor, and highlights. Also serves single charts, facet value lists and suggestions.
 *
 * <p>Thread-safe without locks: each call acquires a searcher from the {@link SearcherManager} and
 * releases it; everything else it holds is immutable.
 */
public final class ChartSearcher {
  /** Score first; the id breaks ties so equal scores always come in the same order. */
  private static final Sort RANKING =
      new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.ID, SortField.Type.STRING));

  private final IndexSchema schema;
  private final StoredRecord storedRecord;
  private final SearcherManager searchers;
  private final QueryBuilder queries;
  private final FacetCounts facetCounts;
  private final Snippets snippets;
  private final Suggester suggester;

  public ChartSearcher(IndexSchema schema, SearcherManager searchers) {
    this.schema = schema;
    this.storedRecord = StoredRecord.of(schema);
    this.searchers = searchers;
    this.queries = new QueryBuilder(schema);
    this.facetCounts = new FacetCounts(schema);
    this.snippets = new Snippets(schema);
    this.suggester = new Suggester(schema, facetCounts);
  }

  /** The searcher factory the index's searcher manager must be built with. */
  public static SearcherFactory searcherFactory(IndexSchema schema) {
    return GenerationSearcher.factory(schema);
  }

  /**
   * Runs one search.
   *
   * @throws InvalidQueryException when the query, a filter, a facet name or the cursor is wrong
   */
  public SearchResult search(SearchRequest request) {
    Query query = queries.parse(request.query());
    Plan plan =
        new Plan(
            request,
            query,
            queries.withRanges(query, request.ranges()),
            request.cursor() == null ? null : SearchCursor.decode(request.cursor()),
            requestedFacets(request),
            System.nanoTime());
    return withSearcher(s -> run(s, plan));
  }

  /** A checked request, ready to run against any generation. */
  private record Plan(
      SearchRequest request,
      Query query,
      Query filtered,
      FieldDoc after,
      List<FieldDef> dims,
      long startedNanos) {
    int offset() {
      return after == null ? request.offset() : 0;
    }
  }

  private SearchResult run(GenerationSearcher s, Plan plan) throws IOException {
    SearchRequest request = plan.request();
    if (!s.hasFacets()) {
      return new SearchResult(0, List.of(), facets(null, plan), millisSince(plan), null);
    }
    DrillDownQuery drill = new DrillDownQuery(schema.facetsConfig(), plan.filtered());
    request.filters().forEach((dim, values) -> addFilter(drill, dim, values));
    DrillSideways.DrillSidewaysResult found =
        s.drillSideways()
            .search(
                drill,
                null,
                plan.after(),
                Math.max(1, plan.offset() + request.size()),
                RANKING,
                true);
    ScoreDoc[] page = page(found.hits, plan.offset(), request.size());
    // Lucene may stop counting early on large results; the total shown must be exact.
    long total =
        found.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO
            ? found.hits.totalHits.value()
            : s.count(drill);
    boolean more =
        request.size() > 0 && page.length == request.size() && plan.offset() + page.length < total;
    return new SearchResult(
        total,
        hits(s, plan.query(), page, request),
        facets(found.facets, plan),
        millisSince(plan),
        more ? cursor(page) : null);
  }

  /** The stored record and text of one chart. */
  public Optional<StoredChart> get(String id) {
    return withSearcher(
        s -> {
          TopDocs top = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
          return top.scoreDocs.length == 0
              ? Optional.empty()
              : Optional.of(
                  StoredCharts.chart(StoredCharts.document(s, top.scoreDocs[0].doc), storedRecord));
        });
  }

  /** Charts in the index now. */
  public long documentCount() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  /** Values of one dimension that start with (or have a word starting with) the prefix. */
  public FacetResult facetValues(String dimension, String prefix, int limit) {
    FieldDef dim = facetCounts.dimension(dimension);
    return withSearcher(s -> facetCounts.matching(s.allCounts(), dim, prefix, limit));
  }

  /** Completions for a suggestion field ("axis", "model", "title", "type") or all of them. */
  public List<Suggestion> suggest(String field, String prefix, int limit) {
    return withSearcher(s -> suggester.suggest(s.allCounts(), field, prefix, limit));
  }

  private List<SearchHit> hits(
      GenerationSearcher s, Query query, ScoreDoc[] page, SearchRequest request)
      throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    List<ChartRecord> records = StoredCharts.records(s, storedRecord, docIds);
    List<List<Snippet>> snippetsPerHit = snippets.of(s, query, docIds, records, request);
    boolean scored = !request.query().isBlank();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      hits.add(SearchHit.of(records.get(i), scored ? page[i].score : 0f, snippetsPerHit.get(i)));
    }
    return hits;
  }

  private void addFilter(DrillDownQuery drill, String dimension, List<String> values) {
    FieldDef dim = facetCounts.dimension(dimension);
    for (String value : values) {
      String canonical = dim.canonical().apply(value);
      if (!canonical.isEmpty()) {
        drill.add(dim.name(), canonical);
      }
    }
  }

  private List<FieldDef> requestedFacets(SearchRequest request) {
    if (request.facets().isEmpty()) {
      return schema.visibleFacets();
    }
    return request.facets().stream().map(facetCounts::dimension).toList();
  }

  /** Counts per requested dimension; null facets (an empty index) give selected values only. */
  private List<FacetResult> facets(Facets counted, Plan plan) throws IOException {
    List<FacetResult> results = new ArrayList<>();
    for (FieldDef dim : plan.dims()) {
      List<String> selected = plan.request().filters().getOrDefault(dim.name(), List.of());
      results.add(facetCounts.result(counted, dim, selected, plan.request().facetLimit()));
    }
    return results;
  }

  private static ScoreDoc[] page(TopDocs top, int offset, int size) {
    int from = Math.min(offset, top.scoreDocs.length);
    return Arrays.copyOfRange(top.scoreDocs, from, Math.min(from + size, top.scoreDocs.length));
  }

  private static String cursor(ScoreDoc[] page) {
    FieldDoc last = (FieldDoc) page[page.length - 1];
    return SearchCursor.encode(
        (Float) last.fields[0], ((org.apache.lucene.util.BytesRef) last.fields[1]).utf8ToString());
  }

  private static long millisSince(Plan plan) {
    return (System.nanoTime() - plan.startedNanos()) / 1_000_000;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run((GenerationSearcher) searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("searching the index failed", e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          "the query expands to too many terms; make it more specific", e);
    }
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T run(GenerationSearcher searcher) throws IOException;
  }
}
