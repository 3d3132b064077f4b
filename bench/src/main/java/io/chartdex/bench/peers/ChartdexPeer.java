package io.chartdex.bench.peers;

import io.chartdex.bench.common.BenchQuery;
import io.chartdex.bench.common.SearchPeer;
import io.chartdex.config.ConfigSource;
import io.chartdex.engine.ChartEngine;
import io.chartdex.engine.LuceneChartEngine;
import io.chartdex.ingest.FileTreeSource;
import io.chartdex.search.RangeFilter;
import io.chartdex.search.SearchRequest;
import java.nio.file.Path;
import java.util.List;

/**
 * chartdex through its public engine API only: the files are ingested with chartdex's own source
 * and parser (parse included in the ingest figure), queries go through {@link SearchRequest}. The
 * same workload runs over any {@link ChartEngine}: the embedded index ({@link #open}) or an
 * OpenSearch cluster ({@link OpenSearchPeer}), so the two differ only in how the engine is opened.
 * Thread-safe because the engine is.
 */
public final class ChartdexPeer implements SearchPeer {
  private final ChartEngine engine;

  private ChartdexPeer(ChartEngine engine) {
    this.engine = engine;
  }

  /** The embedded engine over a Lucene index directory (created when absent). */
  public static ChartdexPeer open(Path indexDir) throws Exception {
    return over(LuceneChartEngine.open(indexDir, ConfigSource.bundled()));
  }

  /** The workload over an engine opened elsewhere; closing the peer closes the engine. */
  public static ChartdexPeer over(ChartEngine engine) {
    return new ChartdexPeer(engine);
  }

  @Override
  public long ingest(Path corpusDir) throws Exception {
    var report =
        engine.index(
            new FileTreeSource(List.of(corpusDir.resolve("docs"))), ChartEngine.IndexProgress.NONE);
    if (!report.failures().isEmpty()) {
      throw new IllegalStateException("chartdex failed on " + report.failures().size() + " docs");
    }
    return report.indexed();
  }

  @Override
  public long search(BenchQuery q) {
    return engine.search(request(q)).total();
  }

  /** The benchmark query in chartdex's terms: words, an axis: phrase, filters and a range. */
  public static SearchRequest request(BenchQuery q) {
    StringBuilder query = new StringBuilder(q.words());
    if (!q.axisPhrase().isEmpty()) {
      query.append(query.isEmpty() ? "" : " ").append("axis:\"").append(q.axisPhrase()).append('"');
    }
    SearchRequest.Builder b =
        SearchRequest.builder().query(query.toString()).facets(q.facets()).size(10).snippets(2);
    if (!q.type().isEmpty()) {
      b.filter("type", q.type());
    }
    if (!q.model().isEmpty()) {
      b.filter("model", q.model());
    }
    if (q.hasRange()) {
      b.range(RangeFilter.overlapping(q.rangeRole(), q.rangeMin(), q.rangeMax()));
    }
    return b.build();
  }

  @Override
  public long indexBytes() throws Exception {
    return engine.stats().indexBytes();
  }

  @Override
  public void close() throws Exception {
    engine.close();
  }
}
