package io.chartdex.opensearch;

import io.chartdex.config.ConfigSource;
import io.chartdex.engine.ChartEngine;
import io.chartdex.engine.ChartEngineContract;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

/**
 * The engine contract against a real 2-node OpenSearch cluster, on an index of one shard with one
 * replica (one shard: the same statistics, so the same scores and order as the embedded index).
 */
@Tag("opensearch")
class OpenSearchEngineContractTest extends ChartEngineContract {
  private TestClusterProcess cluster;

  @Override
  protected ChartEngine openEngine(Path directory) throws IOException {
    cluster = TestClusterProcess.start(directory, 2);
    return OpenSearchChartEngine.open(
        new OpenSearchSettings(cluster.nodes(), "contract", null, null, 1, 1),
        ConfigSource.bundled());
  }

  @AfterAll
  void stopCluster() throws IOException {
    cluster.close();
  }
}
