package io.chartdex.engine;

import io.chartdex.config.ConfigSource;
import io.chartdex.index.ChartIndex;
import io.chartdex.index.IndexFiles;
import io.chartdex.index.IndexReport;
import io.chartdex.index.StoredOriginals;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.parse.ChartParser;
import io.chartdex.schema.IndexSchema;
import io.chartdex.search.ChartSearcher;
import io.chartdex.search.FacetResult;
import io.chartdex.search.SearchRequest;
import io.chartdex.search.SearchResult;
import io.chartdex.search.StoredChart;
import io.chartdex.search.Suggestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded engine: index-config compiled into one {@link IndexSchema}, the {@link ChartParser}
 * built from the same configuration, a {@link ChartIndex} on disk and a {@link ChartSearcher} over
 * it. Thread-safe: searches run concurrently with each other and with writes.
 */
public final class LuceneChartEngine implements ChartEngine {
  private final ChartParser parser;
  private final ChartIndex index;
  private final ChartSearcher searcher;

  private LuceneChartEngine(ChartParser parser, ChartIndex index, ChartSearcher searcher) {
    this.parser = parser;
    this.index = index;
    this.searcher = searcher;
  }

  /**
   * Opens (or creates) the index in {@code indexDirectory} with this configuration.
   *
   * @throws io.chartdex.config.ConfigException when the configuration cannot be used
   * @throws IOException when the index cannot be opened (held by another process, say: {@link
   *     io.chartdex.index.IndexLockedException})
   */
  public static LuceneChartEngine open(Path indexDirectory, ConfigSource config)
      throws IOException {
    IndexSchema schema = IndexSchema.load(config);
    ChartParser parser = ChartParser.fromConfig(config);
    ChartIndex index =
        ChartIndex.open(indexDirectory, schema, ChartSearcher.searcherFactory(schema));
    return new LuceneChartEngine(parser, index, new ChartSearcher(schema, index.searchers()));
  }

  /**
   * Rebuilds the index in {@code indexDirectory} under {@code config} from the originals it stores,
   * so that a mapping change in index-config takes effect. The new index is built beside the old
   * one and swapped in only when every chart made it; otherwise the old index stays as it was. The
   * index must not be open elsewhere while this runs.
   *
   * @throws io.chartdex.index.IndexLockedException when another process holds the index
   * @throws IOException when charts could not be rebuilt (the old index is kept) or on I/O errors
   */
  public static IndexReport reindex(
      Path indexDirectory, ConfigSource config, IndexProgress progress) throws IOException {
    Path current = indexDirectory.toAbsolutePath();
    if (!Files.isDirectory(current)) {
      throw new NoSuchFileException(current.toString(), null, "no index to rebuild");
    }
    Path rebuilt = current.resolveSibling(current.getFileName() + ".reindex");
    IndexFiles.deleteTree(rebuilt);
    IndexReport report;
    try (var held = IndexFiles.holdWriteLock(current);
        LuceneChartEngine fresh = open(rebuilt, config)) {
      report = fresh.index(new StoredOriginals(current), progress);
    }
    if (!report.failures().isEmpty()) {
      IndexFiles.deleteTree(rebuilt);
      IndexReport.Failure first = report.failures().get(0);
      throw new IOException(
          report.failures().size()
              + " charts could not be rebuilt, so the old index is kept (first: "
              + first.id()
              + ": "
              + first.reason()
              + ")");
    }
    IndexFiles.swap(current, rebuilt);
    return report;
  }

  @Override
  public IndexReport index(DescriptionSource source, IndexProgress progress) throws IOException {
    return index.index(source, parser::parse, progress::update);
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.chartdex.index.DocumentIndexException when some could not be indexed (the others are
   *     committed)
   */
  @Override
  public List<ChartRecord> add(List<Description> descriptions) throws IOException {
    return index.add(descriptions, parser::parse);
  }

  @Override
  public boolean delete(String id) throws IOException {
    return index.delete(id);
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return searcher.search(request);
  }

  @Override
  public Optional<StoredChart> get(String id) {
    return searcher.get(id);
  }

  @Override
  public List<Suggestion> suggest(String field, String prefix, int limit) {
    return searcher.suggest(field, prefix, limit);
  }

  @Override
  public FacetResult facetValues(String dimension, String prefix, int limit) {
    return searcher.facetValues(dimension, prefix, limit);
  }

  @Override
  public EngineStats stats() throws IOException {
    return new EngineStats(
        searcher.documentCount(), index.sizeOnDisk(), index.location().toString());
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
