package io.chartdex.cli;

import io.chartdex.engine.ChartEngine;
import io.chartdex.index.IndexReport;
import io.chartdex.ingest.BundledSamples;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.ingest.FileTreeSource;
import io.chartdex.server.ChartdexServer;
import io.chartdex.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chartdex serve}: opens the index (filling an empty one with the bundled samples), starts
 * the server and serves until the process is stopped; a shutdown hook stops it gracefully. Thin:
 * options in, {@link ChartdexServer} does the work.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the search UI and the JSON API over an index.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** --index and --config, shared with the other commands. */
  @Mixin EngineOptions engineOptions;

  @Option(
      names = "--host",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Interface to listen on. Default: ${DEFAULT-VALUE}")
  String host;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port to listen on. Default: ${DEFAULT-VALUE}")
  int port;

  @Option(
      names = "--docs",
      paramLabel = "PATH",
      arity = "1..*",
      description = "Description files or folders (.md, .txt, .json, .jsonl) to index at start")
  List<Path> docs = List.of();

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      arity = "1..*",
      description = "Origins allowed to call the API from their pages (https://example.org, or *)")
  List<String> corsOrigins = List.of();

  @Option(
      names = "--web",
      paramLabel = "DIR",
      description =
          "Serve the UI from this folder. Default: ./web when it exists, else the bundled UI")
  Path web;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ChartdexServer server = start(spec.commandLine().getOut());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopOnShutdown(server), "chartdex-stop"));
    server.awaitStop();
    return 0;
  }

  /**
   * Opens the index, fills it when asked or when empty, and starts serving; says where on {@code
   * out}. The caller stops the returned server.
   */
  ChartdexServer start(PrintWriter out) throws IOException {
    ChartEngine engine = engineOptions.openEngine();
    ChartdexServer server;
    long documents;
    try {
      fill(engine, out);
      documents = engine.stats().documents();
      server = new ChartdexServer(engine, serverConfig()).start();
    } catch (IOException | RuntimeException e) {
      engine.close();
      throw e;
    }
    out.printf(
        Locale.ROOT,
        "chartdex: serving %d charts at http://%s:%d/%n",
        documents,
        host,
        server.port());
    out.flush();
    return server;
  }

  /** Indexes --docs, or the bundled samples into an empty index. */
  private void fill(ChartEngine engine, PrintWriter out) throws IOException {
    DescriptionSource source;
    if (!docs.isEmpty()) {
      source = new FileTreeSource(docs);
    } else if (engine.stats().documents() == 0) {
      source = new BundledSamples();
    } else {
      return;
    }
    IndexReport report = engine.index(source, ChartEngine.IndexProgress.NONE);
    out.printf(
        Locale.ROOT,
        "chartdex: indexed %d descriptions (%d failed)%n",
        report.indexed(),
        report.failures().size());
    report
        .failures()
        .forEach(
            f -> out.printf(Locale.ROOT, "chartdex: not indexed %s: %s%n", f.id(), f.reason()));
  }

  private ServerConfig serverConfig() {
    Path webRoot = web;
    if (webRoot == null && Files.isRegularFile(Path.of("web", "index.html"))) {
      webRoot = Path.of("web"); // dev: edit the UI without rebuilding the jar
    }
    return new ServerConfig(host, port, corsOrigins, webRoot, ServerConfig.Limits.DEFAULT);
  }

  private static void stopOnShutdown(ChartdexServer server) {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the index cleanly", e);
    }
  }
}
