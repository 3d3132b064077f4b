package io.chartdex.cli;

import io.chartdex.engine.ChartEngine;
import io.chartdex.index.IndexReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chartdex index}: parses and indexes files and trees, replacing charts with the same id.
 * Progress goes to stderr, the summary to stdout; the exit code is 1 when any input failed.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Parse and index descriptions; a chart with an id already indexed is replaced.")
final class IndexCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY_MILLIS = 2_000;

  @Mixin InputOptions input;
  @Mixin EngineOptions engine;

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  boolean json;

  @Option(names = "--quiet", description = "No progress lines on stderr.")
  boolean quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IndexReport report;
    try (ChartEngine charts = engine.openEngine()) {
      report = charts.index(input.source(), quiet ? ChartEngine.IndexProgress.NONE : progress());
    }
    if (json) {
      out.println(Json.line(report));
    } else {
      printSummary(out, report);
    }
    out.flush();
    return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }

  private ChartEngine.IndexProgress progress() {
    PrintWriter err = spec.commandLine().getErr();
    long[] lastPrinted = {0};
    return (docs, bytes, millis) -> {
      if (millis - lastPrinted[0] >= PROGRESS_EVERY_MILLIS) {
        lastPrinted[0] = millis;
        double seconds = Math.max(millis, 1) / 1000.0;
        err.printf(
            Locale.ROOT,
            "chartdex index: %,d charts, %.0f docs/s, %.1f MB/s%n",
            docs,
            docs / seconds,
            bytes / 1e6 / seconds);
        err.flush();
      }
    };
  }

  private static void printSummary(PrintWriter out, IndexReport report) {
    out.printf(
        Locale.ROOT,
        "indexed %,d charts (%,d replaced, %,d with warnings), %,d failed, in %.1f s (%.0f docs/s)%n",
        report.indexed(),
        report.replaced(),
        report.withWarnings(),
        report.failures().size(),
        report.millis() / 1000.0,
        report.docsPerSecond());
    for (IndexReport.Failure failure : report.failures()) {
      out.println("  failed: " + failure.id() + ": " + failure.reason());
    }
  }
}
