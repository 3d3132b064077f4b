package io.chartdex.search;

import io.chartdex.schema.IndexSchema;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An {@link IndexSearcher} for one generation of the index, with what is costly to build and valid
 * exactly as long as that reader: the sorted-set facet state, the counts over all charts (for
 * suggestions and facet value lists) and the highlighters (one per snippet length). Made by {@link
 * #factory} on every refresh of the searcher manager. Thread-safe.
 */
final class GenerationSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final ChartHighlighter.Factory highlighters;
  private final Map<Integer, ChartHighlighter> byLength = new ConcurrentHashMap<>();
  private volatile SortedSetDocValuesFacetCounts allCounts;

  private GenerationSearcher(IndexReader reader, IndexSchema schema) throws IOException {
    super(reader);
    this.facetState =
        hasFacets(reader)
            ? new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig())
            : null;
    this.highlighters = new ChartHighlighter.Factory(schema);
  }

  /** Makes a generation searcher for each new reader. */
  static SearcherFactory factory(IndexSchema schema) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        return new GenerationSearcher(reader, schema);
      }
    };
  }

  /** The facet state, or null while no chart is indexed. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Facet counts over every chart of this generation (computed once, on first use). */
  SortedSetDocValuesFacetCounts allCounts() throws IOException {
    SortedSetDocValuesFacetCounts counts = allCounts;
    if (counts == null && facetState != null) {
      counts = new SortedSetDocValuesFacetCounts(facetState);
      allCounts = counts;
    }
    return counts;
  }

  /** The highlighter for passages of about this many characters. */
  ChartHighlighter highlighter(int snippetLength) {
    return byLength.computeIfAbsent(snippetLength, length -> highlighters.build(this, length));
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream()
        .anyMatch(
            leaf ->
                leaf.reader()
                        .getFieldInfos()
                        .fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                    != null);
  }
}
