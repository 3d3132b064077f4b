package io.chartdex.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.config.ConfigSource;
import io.chartdex.index.IndexLockedException;
import io.chartdex.index.IndexReport;
import io.chartdex.ingest.BundledSamples;
import io.chartdex.model.Description;
import io.chartdex.search.FacetResult;
import io.chartdex.search.SearchHit;
import io.chartdex.search.SearchRequest;
import io.chartdex.search.SearchResult;
import io.chartdex.search.Snippet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline over the bundled samples: parser, schema, index and search together. */
class EngineEndToEndTest {
  @TempDir static Path directory;
  private static LuceneChartEngine engine;
  private static IndexReport report;

  @BeforeAll
  static void indexBundledSamples() throws IOException {
    engine = LuceneChartEngine.open(directory, ConfigSource.bundled());
    report = engine.index(new BundledSamples(), ChartEngine.IndexProgress.NONE);
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  private static long typeCountSum(SearchResult result) {
    return result.facets().get(0).values().stream().mapToLong(FacetResult.FacetValue::count).sum();
  }

  @Test
  void everyBundledSampleIsIndexed() throws IOException {
    assertThat(report.indexed()).isEqualTo(62);
    assertThat(report.replaced()).isZero();
    assertThat(report.failures()).isEmpty();
    assertThat(report.bytes()).isEqualTo(133_875);
    assertThat(engine.stats().documents()).isEqualTo(62);
    assertThat(engine.stats().location()).isEqualTo(directory.toAbsolutePath().toString());
  }

  @Test
  void axisPhraseFindsTheDecodingStepsChartWithTheLabelMarked() {
    SearchResult result = engine.search(SearchRequest.of("axis:\"Decoding Steps\""));

    assertThat(ids(result).get(0)).isEqualTo("decoding-steps-heatmap.md");
    assertThat(result.hits().get(0).snippets().get(0))
        .isEqualTo(new Snippet("axis.x", "X axis", List.of("<mark>Decoding Steps</mark>"), true));
  }

  @Test
  void chartTypeCountsAddUpToTheTotal() {
    for (String query : List.of("", "heatmap", "accuracy", "model OR loss")) {
      SearchResult result =
          engine.search(
              SearchRequest.builder().query(query).facets(List.of("type")).facetLimit(100).build());

      assertThat(typeCountSum(result)).as(query).isEqualTo(result.total());
    }
  }

  @Test
  void theSequenceAxisReachesThirtyTwoThousandAndTheDecodingAxisDoesNot() {
    List<String> reaching =
        ids(engine.search(SearchRequest.builder().query("x:[32000 TO *]").size(100).build()));

    assertThat(reaching).contains("pro-ultra-nll.md").doesNotContain("decoding-steps-heatmap.md");
  }

  @Test
  void negativeLogLikelihoodFindsTheNllChartFirst() {
    SearchResult result = engine.search(SearchRequest.of("\"negative log-likelihood\""));

    assertThat(ids(result).get(0)).isEqualTo("pro-ultra-nll.md");
  }

  @Test
  void addedChartsAreSearchableAndDeletable() throws IOException {
    engine.add(
        List.of(
            new Description(
                "extra/quasar.md",
                "tests",
                "## Line Chart: Quasar Brightness\n### Overview\nA line chart of quasar brightness over time.")));

    assertThat(ids(engine.search(SearchRequest.of("quasar")))).containsExactly("extra/quasar.md");
    assertThat(engine.get("extra/quasar.md").orElseThrow().record().title())
        .isEqualTo("Quasar Brightness");
    assertThat(engine.delete("extra/quasar.md")).isTrue();
    assertThat(engine.search(SearchRequest.of("quasar")).total()).isZero();
  }

  @Test
  void aSecondEngineOnTheSameIndexGetsAClearError() {
    assertThatThrownBy(() -> LuceneChartEngine.open(directory, ConfigSource.bundled()))
        .isInstanceOf(IndexLockedException.class)
        .hasMessageContaining(directory.toAbsolutePath().toString());
  }
}
