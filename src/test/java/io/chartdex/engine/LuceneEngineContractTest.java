package io.chartdex.engine;

import io.chartdex.config.ConfigSource;
import java.io.IOException;
import java.nio.file.Path;

/** The engine contract against the embedded Lucene index. */
class LuceneEngineContractTest extends ChartEngineContract {
  @Override
  protected ChartEngine openEngine(Path directory) throws IOException {
    return LuceneChartEngine.open(directory.resolve("index"), ConfigSource.bundled());
  }
}
