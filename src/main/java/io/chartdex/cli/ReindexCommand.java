package io.chartdex.cli;

import io.chartdex.engine.ChartEngine;
import io.chartdex.engine.LuceneChartEngine;
import io.chartdex.index.IndexReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chartdex reindex}: rebuilds an embedded index from the original descriptions it stores,
 * under the (changed) index-config; the old index stays in place unless every chart was rebuilt.
 */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the index from the descriptions it stores, under the given index-config"
            + " (after a mapping change).")
final class ReindexCommand implements Callable<Integer> {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "chartdex-index")
  Path index;

  @Mixin ConfigOptions config;

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IndexReport report =
        LuceneChartEngine.reindex(index, config.source(), ChartEngine.IndexProgress.NONE);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.line(report));
    } else {
      out.printf(
          Locale.ROOT,
          "rebuilt %,d charts (%,d with warnings) in %.1f s%n",
          report.indexed(),
          report.withWarnings(),
          report.millis() / 1000.0);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
