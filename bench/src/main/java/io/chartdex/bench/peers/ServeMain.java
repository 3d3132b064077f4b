package io.chartdex.bench.peers;

import io.chartdex.config.ConfigSource;
import io.chartdex.engine.LuceneChartEngine;
import io.chartdex.server.ChartdexServer;
import io.chartdex.server.ServerConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * chartdex's HTTP server over an existing index, as {@code chartdex serve --index DIR --port P}
 * runs it (the same {@link ChartdexServer}), for the HTTP peer. Runs until killed. Usage: {@code
 * ServeMain <indexDir> <port>}.
 */
public final class ServeMain {
  private ServeMain() {}

  public static void main(String[] args) throws Exception {
    LuceneChartEngine engine = LuceneChartEngine.open(Path.of(args[0]), ConfigSource.bundled());
    ServerConfig config =
        new ServerConfig("127.0.0.1", Integer.parseInt(args[1]), List.of(), null, null);
    ChartdexServer server = new ChartdexServer(engine, config).start();
    System.out.println("serving on port " + server.port());
    server.awaitStop();
  }
}
