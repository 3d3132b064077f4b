package io.chartdex.search;

import io.chartdex.mapping.IndexFields;
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
  private final SearcherManager searchers;
  private final QueryBuilder queries;
  private final FacetCounts facetCounts;
  private final Snippets snippets;
  private final Suggester suggester;

  public ChartSearcher(IndexSchema schema, SearcherManager searchers) {
    this.schema = schema;
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
    long started = System.nanoTime();
    Query query = queries.parse(request.query());
    Query filtered = queries.withRanges(query, request.ranges());
    List<FieldDef> dims = requestedFacets(request);
    FieldDoc after = request.cursor() == null ? null : SearchCursor.decode(request.cursor());
    return withSearcher(
        s -> {
          if (s.facetState() == null) {
            return new SearchResult(
                0, List.of(), emptyFacets(dims, request), millisSince(started), null);
          }
          DrillDownQuery drill = new DrillDownQuery(schema.facetsConfig(), filtered);
          request.filters().forEach((dim, values) -> addFilter(drill, dim, values));
          int offset = after == null ? request.offset() : 0;
          DrillSideways.DrillSidewaysResult found =
              new DrillSideways(s, schema.facetsConfig(), s.facetState())
                  .search(drill, null, after, Math.max(1, offset + request.size()), RANKING, true);
          ScoreDoc[] page = page(found.hits, offset, request.size());
          List<SearchHit> hits = hits(s, query, page, request);
          List<FacetResult> facets = new ArrayList<>();
          for (FieldDef dim : dims) {
            List<String> selected = request.filters().getOrDefault(dim.name(), List.of());
            facets.add(facetCounts.result(found.facets, dim, selected, request.facetLimit()));
          }
          // Lucene may stop counting early on large results; the total shown must be exact.
          long total =
              found.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO
                  ? found.hits.totalHits.value()
                  : s.count(drill);
          boolean more =
              request.size() > 0 && page.length == request.size() && offset + page.length < total;
          return new SearchResult(
              total, hits, facets, millisSince(started), more ? cursor(page) : null);
        });
  }

  /** The stored record and text of one chart. */
  public Optional<StoredChart> get(String id) {
    return withSearcher(
        s -> {
          TopDocs top = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
          return top.scoreDocs.length == 0
              ? Optional.empty()
              : Optional.of(StoredCharts.chart(StoredCharts.document(s, top.scoreDocs[0].doc)));
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
    List<ChartRecord> records = new ArrayList<>();
    for (int docId : docIds) {
      records.add(StoredCharts.record(StoredCharts.document(s, docId)));
    }
    List<List<Snippet>> snippetsPerHit = snippets.of(s, query, docIds, records, request);
    boolean scored = !request.query().isBlank();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      hits.add(
          StoredCharts.hit(records.get(i), scored ? page[i].score : 0f, snippetsPerHit.get(i)));
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

  private List<FacetResult> emptyFacets(List<FieldDef> dims, SearchRequest request)
      throws IOException {
    List<FacetResult> empty = new ArrayList<>();
    for (FieldDef dim : dims) {
      empty.add(
          facetCounts.result(null, dim, request.filters().getOrDefault(dim.name(), List.of()), 1));
    }
    return empty;
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

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
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
