package io.chartdex.engine;

import io.chartdex.index.IndexReport;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.search.FacetResult;
import io.chartdex.search.SearchRequest;
import io.chartdex.search.SearchResult;
import io.chartdex.search.StoredChart;
import io.chartdex.search.Suggestion;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * chartdex as a library: parse, index and search chart descriptions. The CLI and the server use
 * only this interface, so another backend can stand behind them. Implementations are thread-safe:
 * any number of searches run concurrently with writes.
 */
public interface ChartEngine extends Closeable {

  /**
   * Parses and indexes everything the source yields, replacing documents with the same id, then
   * commits. Unreadable or unindexable items are counted in the report; the run goes on.
   */
  IndexReport index(DescriptionSource source, IndexProgress progress) throws IOException;

  /**
   * Parses and indexes the descriptions; when this returns they are committed to disk and visible
   * to search.
   *
   * @return what the parser made of each, in order (with their warnings)
   */
  List<ChartRecord> add(List<Description> descriptions) throws IOException;

  /**
   * Deletes a chart and commits.
   *
   * @return whether a chart with that id existed
   */
  boolean delete(String id) throws IOException;

  /**
   * Runs a search.
   *
   * @throws io.chartdex.search.InvalidQueryException when the query or a filter is malformed
   */
  SearchResult search(SearchRequest request);

  /** The stored record and original text of one chart. */
  Optional<StoredChart> get(String id);

  /**
   * Completions for what a user is typing.
   *
   * @param field "axis", "model", "title", "type", or null for all of them
   */
  List<Suggestion> suggest(String field, String prefix, int limit);

  /** The values of one facet dimension that start with (or contain a word starting with) prefix. */
  FacetResult facetValues(String dimension, String prefix, int limit);

  /** Document count and index size. */
  EngineStats stats() throws IOException;

  /** Reports progress of a long indexing run. */
  @FunctionalInterface
  interface IndexProgress {
    IndexProgress NONE = (docs, bytes, millis) -> {};

    void update(long docs, long bytes, long elapsedMillis);
  }

  /**
   * @param documents charts in the index
   * @param indexBytes bytes the index takes on disk (0 in memory)
   * @param location where the index lives
   */
  record EngineStats(long documents, long indexBytes, String location) {}
}
