package io.chartdex.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.chartdex.config.ConfigSource;
import io.chartdex.ingest.FileTreeSource;
import io.chartdex.search.RangeFilter;
import io.chartdex.search.SearchHit;
import io.chartdex.search.SearchRequest;
import io.chartdex.search.SearchResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "chartdex as a Java library" example, kept compiling and true. */
class LibraryExampleTest {

  @Test
  void theReadmeExampleFindsTheDecodingStepsHeatmap(@TempDir Path dir) throws Exception {
    Path descriptions = Path.of(LibraryExampleTest.class.getResource("/samples").toURI());
    SearchResult result;
    try (ChartEngine charts =
        LuceneChartEngine.open(dir.resolve("index"), ConfigSource.bundled())) {
      charts.index(new FileTreeSource(List.of(descriptions)), ChartEngine.IndexProgress.NONE);
      result =
          charts.search(
              SearchRequest.builder()
                  .query("axis:\"decoding steps\"")
                  .filter("type", "heatmap", "line")
                  .range(RangeFilter.parse("x", "0..250", null))
                  .size(20)
                  .build());
    }

    assertThat(result.hits())
        .extracting(SearchHit::id)
        .containsExactly("decoding-steps-heatmap.md");
    assertThat(result.hits().get(0).snippets().get(0).fragments())
        .containsExactly("<mark>Decoding Steps</mark>");
  }
}
