package io.chartdex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Facet counts over one set of hits (or over every chart), counted one dimension at a time and only
 * when that dimension is first asked for. Each dimension has its own doc-values field, so a search
 * that shows three dimensions never walks the values of the others. Thread-safe: a dimension is
 * counted once even when several threads ask for it.
 */
final class DimensionFacets extends Facets {
  private final Function<String, SortedSetDocValuesReaderState> states;
  private final FacetsCollector hits;
  private final Map<String, Facets> counted = new ConcurrentHashMap<>();

  /**
   * @param states each dimension's state in this generation, null for a dimension no chart has
   * @param hits the hits to count, or null for every chart
   */
  DimensionFacets(Function<String, SortedSetDocValuesReaderState> states, FacetsCollector hits) {
    this.states = states;
    this.hits = hits;
  }

  /** The counts of one dimension, or null when no chart of this generation has a value for it. */
  private Facets of(String dim) throws IOException {
    SortedSetDocValuesReaderState state = states.apply(dim);
    if (state == null) {
      return null;
    }
    try {
      return counted.computeIfAbsent(dim, d -> count(state));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private Facets count(SortedSetDocValuesReaderState state) {
    try {
      return hits == null
          ? new SortedSetDocValuesFacetCounts(state)
          : new SortedSetDocValuesFacetCounts(state, hits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    Facets facets = of(dim);
    return facets == null ? null : facets.getAllChildren(dim, path);
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    Facets facets = of(dim);
    return facets == null ? null : facets.getTopChildren(topN, dim, path);
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    Facets facets = of(dim);
    return facets == null ? -1 : facets.getSpecificValue(dim, path);
  }

  /** Unsupported: chartdex always names the dimensions it shows. */
  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    throw new UnsupportedOperationException("chartdex counts the dimensions it names");
  }
}
