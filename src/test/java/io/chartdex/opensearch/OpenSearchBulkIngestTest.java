package io.chartdex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.chartdex.config.ConfigSource;
import io.chartdex.engine.ChartEngine;
import io.chartdex.index.IndexReport;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.Description;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The concurrent bulk pipeline of {@link OpenSearchChartEngine#index} against a real 1-node
 * cluster: refresh is off while a run loads and is restored however the run ends, and a repeated id
 * keeps its last version although batches are parsed and sent concurrently.
 */
@Tag("opensearch")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchBulkIngestTest {
  /** More than two bulk batches (500 documents each), so repeats cross batches in flight. */
  private static final int DESCRIPTIONS = 1500;

  private static final int DISTINCT_IDS = 600;

  private TestClusterProcess cluster;
  private OpenSearchConnection connection;
  private List<Description> samples;

  @BeforeAll
  void startCluster(@TempDir Path data) throws IOException {
    cluster = TestClusterProcess.start(data.resolve("cluster"), 1);
    connection = new OpenSearchConnection(cluster.nodes(), null, null);
    samples = BundledDescriptions.all();
  }

  @AfterAll
  void stopCluster() throws IOException {
    cluster.close();
  }

  @Test
  void aFailingRunTurnsRefreshOffWhileLoadingAndRestoresTheIntervalItFound() {
    OpenSearchChartEngine engine = open("failing");
    connection.call("PUT", "/failing/_settings", Map.of("index", Map.of("refresh_interval", "7s")));
    List<JsonNode> duringRun = new ArrayList<>();
    DescriptionSource failsHalfway =
        sink -> {
          samples.subList(0, 30).forEach(sink::accept);
          duringRun.add(refreshInterval("failing"));
          throw new IOException("the corpus disk went away");
        };

    assertThatThrownBy(() -> engine.index(failsHalfway, ChartEngine.IndexProgress.NONE))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("the corpus disk went away");

    assertThat(duringRun).extracting(JsonNode::asText).containsExactly("-1");
    assertThat(refreshInterval("failing").asText()).isEqualTo("7s");
  }

  @Test
  void aRunOnAnIndexWithTheDefaultIntervalLeavesTheDefault() {
    OpenSearchChartEngine engine = open("default-interval");
    DescriptionSource failsAtOnce =
        sink -> {
          throw new IOException("nothing to read");
        };

    assertThatThrownBy(() -> engine.index(failsAtOnce, ChartEngine.IndexProgress.NONE))
        .isInstanceOf(UncheckedIOException.class);
    engine.index(sink -> samples.forEach(sink::accept), ChartEngine.IndexProgress.NONE);

    assertThat(refreshInterval("default-interval").isNull()).isTrue();
    assertThat(engine.stats().documents()).isEqualTo(62L);
  }

  @Test
  void repeatedIdsKeepTheirLastVersionAndFailuresStayInSourceOrder() {
    OpenSearchChartEngine engine = open("repeats");
    DescriptionSource repeats =
        sink -> {
          for (int i = 0; i < DESCRIPTIONS; i++) {
            if (i == 10 || i == 1_000) {
              sink.failed("unreadable-" + i + ".md", "cannot be read");
            }
            sink.accept(version(i));
          }
        };

    IndexReport report = engine.index(repeats, ChartEngine.IndexProgress.NONE);

    assertThat(report.indexed()).isEqualTo(DESCRIPTIONS);
    assertThat(report.replaced()).isEqualTo(DESCRIPTIONS - DISTINCT_IDS);
    assertThat(report.failures())
        .containsExactly(
            new IndexReport.Failure("unreadable-10.md", "cannot be read"),
            new IndexReport.Failure("unreadable-1000.md", "cannot be read"));
    assertThat(engine.stats().documents()).isEqualTo(DISTINCT_IDS);
    for (int id = 0; id < DISTINCT_IDS; id++) {
      int last = id + DISTINCT_IDS * ((DESCRIPTIONS - 1 - id) / DISTINCT_IDS);
      assertThat(engine.get("chart-" + id).orElseThrow().text())
          .as("chart-%d keeps description %d", id, last)
          .isEqualTo(version(last).text());
    }
    assertThat(refreshInterval("repeats").isNull()).isTrue();
  }

  /** Description i: id chart-(i mod 600); consecutive versions of an id carry different samples. */
  private Description version(int i) {
    Description sample = samples.get(i % samples.size());
    return new Description(
        "chart-" + i % DISTINCT_IDS, sample.source(), sample.text(), sample.metadata());
  }

  private OpenSearchChartEngine open(String index) {
    return OpenSearchChartEngine.open(
        new OpenSearchSettings(cluster.nodes(), index, null, null, 1, 0), ConfigSource.bundled());
  }

  /** The interval set on the index; a null node when none is (the cluster default applies). */
  private JsonNode refreshInterval(String index) {
    JsonNode settings =
        connection.call(
            "GET", "/" + index + "/_settings/index.refresh_interval?flat_settings=true", null);
    JsonNode value = settings.path(index).path("settings").get("index.refresh_interval");
    return value == null ? JsonNodeFactory.instance.nullNode() : value;
  }
}
