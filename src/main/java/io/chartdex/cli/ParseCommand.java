package io.chartdex.cli;

import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.Description;
import io.chartdex.parse.ChartParser;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chartdex parse}: shows what the parser makes of each description, in input order, so users
 * can check their corpus before indexing it. Nothing is written.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Show what the parser makes of each description (nothing is indexed).")
final class ParseCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin ConfigOptions config;

  @Option(names = "--json", description = "One JSON record a line, in input order.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ChartParser parser = ChartParser.fromConfig(config.source());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RecordPrinter printer = new RecordPrinter(out);
    int[] failed = {0};
    input
        .source()
        .readInto(
            new DescriptionSource.Sink() {
              @Override
              public void accept(Description description) {
                var record = parser.parse(description);
                if (json) {
                  out.println(Json.line(record));
                } else {
                  printer.print(record);
                }
              }

              @Override
              public void failed(String location, String reason) {
                failed[0]++;
                err.println("chartdex parse: " + location + ": " + reason);
              }
            });
    out.flush();
    return failed[0] == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
  }
}
