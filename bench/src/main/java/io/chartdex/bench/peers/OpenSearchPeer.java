package io.chartdex.bench.peers;

import io.chartdex.config.ConfigSource;
import io.chartdex.opensearch.OpenSearchChartEngine;
import io.chartdex.opensearch.OpenSearchSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * chartdex over an OpenSearch cluster: the {@link ChartdexPeer} workload through {@link
 * OpenSearchChartEngine}, so parsing and query analysis run in this JVM and the index lives in the
 * cluster (another JVM started by run.sh). The nodes come from the system property {@value
 * #NODES_PROPERTY} (comma-separated URLs); the index is {@value #INDEX} with one primary shard per
 * node and no replica. The harness's "index directory" argument is not used. Stateless.
 */
final class OpenSearchPeer {
  static final String NODES_PROPERTY = "chartdex.bench.opensearch.nodes";
  static final String INDEX = "chartdex-bench";

  private OpenSearchPeer() {}

  static ChartdexPeer open(Path unusedIndexDir) {
    String nodes = System.getProperty(NODES_PROPERTY);
    if (nodes == null || nodes.isBlank()) {
      throw new IllegalArgumentException(
          "set -D" + NODES_PROPERTY + "=http://127.0.0.1:9200,... (bench/run.sh does)");
    }
    List<URI> urls = OpenSearchSettings.parseUrls(nodes);
    OpenSearchSettings settings =
        new OpenSearchSettings(urls, INDEX, null, null, urls.size(), 0);
    return ChartdexPeer.over(OpenSearchChartEngine.open(settings, ConfigSource.bundled()));
  }
}
