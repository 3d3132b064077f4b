package io.chartdex.search;

import io.chartdex.schema.FieldDef;
import io.chartdex.schema.FieldKind;
import io.chartdex.schema.IndexSchema;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An {@link IndexSearcher} for one generation of the index, with what is costly to build and valid
 * exactly as long as that reader: each facet dimension's sorted-set state, the counts over all
 * charts (for suggestions and facet value lists) and the highlighters (one per snippet length).
 * Made by {@link #factory} on every refresh of the searcher manager. Thread-safe.
 */
final class GenerationSearcher extends IndexSearcher {
  private final IndexSchema schema;
  private final Map<String, SortedSetDocValuesReaderState> facetStates;
  private final DimensionFacets allCounts;
  private final ChartHighlighter.Factory highlighters;
  private final Map<Integer, ChartHighlighter> byLength = new ConcurrentHashMap<>();

  private GenerationSearcher(IndexReader reader, IndexSchema schema) throws IOException {
    super(reader);
    this.schema = schema;
    this.facetStates = facetStates(reader, schema);
    this.allCounts = new DimensionFacets(facetStates::get, null);
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

  /** The state of every dimension some chart of this generation has a value for. */
  private static Map<String, SortedSetDocValuesReaderState> facetStates(
      IndexReader reader, IndexSchema schema) throws IOException {
    Map<String, SortedSetDocValuesReaderState> states = new HashMap<>();
    for (FieldDef dim : schema.fields(FieldKind.FACET)) {
      String field = IndexSchema.facetIndexField(dim.name());
      boolean present =
          reader.leaves().stream()
              .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
      if (present) {
        states.put(
            dim.name(),
            new DefaultSortedSetDocValuesReaderState(reader, field, schema.facetsConfig()));
      }
    }
    return Map.copyOf(states);
  }

  /** Whether any chart of this generation has a facet value (false while the index is empty). */
  boolean hasFacets() {
    return !facetStates.isEmpty();
  }

  /**
   * Drill sideways whose counts are made per dimension on demand: a search pays for the dimensions
   * it shows, not for every dimension of every hit, once per sideways filter.
   */
  DrillSideways drillSideways() {
    return new DrillSideways(this, schema.facetsConfig(), null, null) {
      @Override
      protected Facets buildFacetsResult(
          FacetsCollector drillDowns, FacetsCollector[] sideways, String[] sidewaysDims) {
        Facets down = new DimensionFacets(facetStates::get, drillDowns);
        if (sideways == null) {
          return down;
        }
        Map<String, Facets> byDim = new HashMap<>();
        for (int i = 0; i < sideways.length; i++) {
          byDim.put(sidewaysDims[i], new DimensionFacets(facetStates::get, sideways[i]));
        }
        return new MultiFacets(byDim, down);
      }
    };
  }

  /** Facet counts over every chart of this generation (each dimension counted once, on use). */
  Facets allCounts() {
    return allCounts;
  }

  /** The highlighter for passages of about this many characters. */
  ChartHighlighter highlighter(int snippetLength) {
    return byLength.computeIfAbsent(snippetLength, length -> highlighters.build(this, length));
  }
}
