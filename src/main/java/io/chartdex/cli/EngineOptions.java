package io.chartdex.cli;

import io.chartdex.engine.ChartEngine;
import io.chartdex.engine.LuceneChartEngine;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that opens an index shares: where the index and its config live. */
final class EngineOptions {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "chartdex-index")
  Path index;

  @Mixin ConfigOptions config;

  ChartEngine openEngine() throws IOException {
    return LuceneChartEngine.open(index, config.source());
  }
}
