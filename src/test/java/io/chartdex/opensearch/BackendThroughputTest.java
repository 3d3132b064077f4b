package io.chartdex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.chartdex.config.ConfigSource;
import io.chartdex.engine.ChartEngine;
import io.chartdex.engine.LuceneChartEngine;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.Description;
import io.chartdex.search.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One benchmark run: the same corpus indexed and the same queries run through the embedded index
 * and through a 1-node OpenSearch cluster on this machine, with ingest and query throughput printed
 * (target/surefire-reports/*BackendThroughputTest-output.txt). Speed is reported, never asserted;
 * what is asserted is that both backends answered every query with the same totals.
 */
@Tag("opensearch")
class BackendThroughputTest {
  private static final int COPIES = 8;
  private static final int PASSES = 10;
  private static final List<String> QUERIES =
      List.of(
          "accuracy",
          "loss OR perplexity",
          "axis:\"Decoding Steps\"",
          "x:[32000 TO *]",
          "model:GPT*",
          "heatmap",
          "\"negative log-likelihood\"",
          "",
          "type:scatter AND accuracy",
          "training steps");

  @Test
  void bothBackendsIndexAndAnswerTheSameCorpusAndTheHopIsMeasured(@TempDir Path data)
      throws Exception {
    DescriptionSource corpus = copies(COPIES);
    try (TestClusterProcess cluster = TestClusterProcess.start(data.resolve("cluster"), 1);
        ChartEngine embedded =
            LuceneChartEngine.open(data.resolve("index"), ConfigSource.bundled());
        ChartEngine remote =
            OpenSearchChartEngine.open(
                new OpenSearchSettings(cluster.nodes(), "bench", null, null, 1, 0),
                ConfigSource.bundled())) {
      List<Long> embeddedTotals = new ArrayList<>();
      List<Long> remoteTotals = new ArrayList<>();
      String embeddedFigures = measure("embedded Lucene", embedded, corpus, embeddedTotals);
      String remoteFigures = measure("OpenSearch (1 node, HTTP)", remote, corpus, remoteTotals);
      System.out.println(embeddedFigures);
      System.out.println(remoteFigures);

      assertThat(remoteTotals).isEqualTo(embeddedTotals);
      assertThat(embedded.stats().documents()).isEqualTo(62L * COPIES);
      assertThat(remote.stats().documents()).isEqualTo(62L * COPIES);
    }
  }

  private static String measure(
      String name, ChartEngine engine, DescriptionSource corpus, List<Long> totals)
      throws Exception {
    long started = System.nanoTime();
    int indexed = engine.index(corpus, ChartEngine.IndexProgress.NONE).indexed();
    double ingestSeconds = (System.nanoTime() - started) / 1e9;
    for (String q : QUERIES) {
      totals.add(engine.search(SearchRequest.of(q)).total());
    }
    started = System.nanoTime();
    for (int pass = 0; pass < PASSES; pass++) {
      for (String q : QUERIES) {
        engine.search(SearchRequest.of(q));
      }
    }
    double querySeconds = (System.nanoTime() - started) / 1e9;
    int queries = PASSES * QUERIES.size();
    return String.format(
        Locale.ROOT,
        "%-28s ingest %4d docs in %6.2f s = %7.1f docs/s | %d searches (facets, highlights) in %6.2f s = %7.1f q/s, %6.2f ms each",
        name,
        indexed,
        ingestSeconds,
        indexed / ingestSeconds,
        queries,
        querySeconds,
        queries / querySeconds,
        querySeconds * 1000 / queries);
  }

  private static DescriptionSource copies(int copies) throws Exception {
    List<Description> all = BundledDescriptions.all();
    return sink -> {
      for (int copy = 0; copy < copies; copy++) {
        for (Description d : all) {
          sink.accept(
              new Description("copy-" + copy + "/" + d.id(), d.source(), d.text(), d.metadata()));
        }
      }
    };
  }
}
