package io.chartdex.engine;

import io.chartdex.config.ConfigSource;
import io.chartdex.index.IndexReport;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.search.FacetResult;
import io.chartdex.search.SearchRequest;
import io.chartdex.search.SearchResult;
import io.chartdex.search.StoredChart;
import io.chartdex.search.Suggestion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded engine: a Lucene index on disk, configured by index-config.
 *
 * <p>CONTRACT STUB: the real implementation replaces these bodies; the public signatures stay.
 */
public final class LuceneChartEngine implements ChartEngine {

  private LuceneChartEngine() {}

  /**
   * Opens (or creates) the index in {@code indexDirectory} with this configuration.
   *
   * @throws io.chartdex.config.ConfigException when the configuration cannot be used
   * @throws IOException when the index cannot be opened (held by another process, say)
   */
  public static LuceneChartEngine open(Path indexDirectory, ConfigSource config)
      throws IOException {
    throw new UnsupportedOperationException("not built yet");
  }

  @Override
  public IndexReport index(DescriptionSource source, IndexProgress progress) throws IOException {
    throw new UnsupportedOperationException("not built yet");
  }

  @Override
  public List<ChartRecord> add(List<Description> descriptions) throws IOException {
    throw new UnsupportedOperationException("not built yet");
  }

  @Override
  public boolean delete(String id) throws IOException {
    throw new UnsupportedOperationException("not built yet");
  }

  @Override
  public SearchResult search(SearchRequest request) {
    throw new UnsupportedOperationException("not built yet");
  }

  @Override
  public Optional<StoredChart> get(String id) {
    throw new UnsupportedOperationException("not built yet");
  }

  @Override
  public List<Suggestion> suggest(String field, String prefix, int limit) {
    throw new UnsupportedOperationException("not built yet");
  }

  @Override
  public FacetResult facetValues(String dimension, String prefix, int limit) {
    throw new UnsupportedOperationException("not built yet");
  }

  @Override
  public EngineStats stats() throws IOException {
    throw new UnsupportedOperationException("not built yet");
  }

  @Override
  public void close() throws IOException {}
}
