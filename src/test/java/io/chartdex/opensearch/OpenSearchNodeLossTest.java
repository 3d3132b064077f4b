package io.chartdex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.chartdex.config.ConfigSource;
import io.chartdex.model.Description;
import io.chartdex.search.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of a 2-node cluster stops while charts are being indexed and searched (2 shards, 1
 * replica): searches keep answering and every acknowledged chart is still there afterwards. The
 * node stopped is the one that is not the elected cluster manager: a 2-node cluster keeps one
 * voting node, and losing that one stops writes until it returns (use 3 manager-eligible nodes for
 * that case).
 */
@Tag("opensearch")
class OpenSearchNodeLossTest {
  private static final int ROUNDS = 6;

  @Test
  void searchKeepsAnsweringAndNoAcknowledgedChartIsLostWhenANodeStops(@TempDir Path data)
      throws Exception {
    List<Description> samples = BundledDescriptions.all();
    try (TestClusterProcess cluster = TestClusterProcess.start(data, 2)) {
      OpenSearchChartEngine engine =
          OpenSearchChartEngine.open(
              new OpenSearchSettings(cluster.nodes(), "failover", null, null, 2, 1),
              ConfigSource.bundled());
      cluster.awaitGreen("failover");
      int victim = 1 - cluster.clusterManager();
      List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean indexing = new AtomicBoolean(true);
      AtomicInteger searches = new AtomicInteger();
      CompletableFuture<Void> searching =
          CompletableFuture.runAsync(
              () -> {
                while (indexing.get()) {
                  engine.search(SearchRequest.builder().query("accuracy OR loss").build());
                  searches.incrementAndGet();
                }
              });

      for (int round = 0; round < ROUNDS; round++) {
        if (round == ROUNDS / 2) {
          cluster.stop(victim);
        }
        List<Description> batch = renamed(samples, "round-" + round + "/");
        engine.add(batch);
        batch.forEach(d -> acknowledged.add(d.id()));
      }
      indexing.set(false);
      searching.join();

      assertThat(searches.get()).isPositive();
      assertThat(engine.stats().documents()).isEqualTo(ROUNDS * samples.size());
      assertThat(acknowledged).hasSize(ROUNDS * samples.size());
      for (String id : acknowledged) {
        assertThat(engine.get(id)).as(id).isPresent();
      }
      assertThat(engine.search(SearchRequest.of("")).total()).isEqualTo(ROUNDS * samples.size());
    }
  }

  private static List<Description> renamed(List<Description> samples, String prefix) {
    return samples.stream()
        .map(d -> new Description(prefix + d.id(), d.source(), d.text(), d.metadata()))
        .toList();
  }
}
