package io.chartdex.web;

import io.chartdex.config.ConfigSource;
import io.chartdex.engine.ChartEngine;
import io.chartdex.engine.LuceneChartEngine;
import io.chartdex.ingest.BundledSamples;
import io.chartdex.model.Description;
import io.chartdex.server.ChartdexServer;
import io.chartdex.server.ServerConfig;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/**
 * What the browser test talks to: the real chartdex server over a real engine holding the bundled
 * samples (plus the given extra descriptions) on a free port, and a plain static file server on
 * another port (another origin) serving the same web/ files, for the embedding example. The
 * chartdex server allows that origin by CORS. Not thread-safe; one per test run ({@link
 * BrowserSession}).
 */
final class ServedCharts implements AutoCloseable {
  private static final String LOOPBACK = ServerConfig.DEFAULT_HOST;

  private final Javalin otherOrigin;
  private final ChartdexServer server;

  private ServedCharts(Javalin otherOrigin, ChartdexServer server) {
    this.otherOrigin = otherOrigin;
    this.server = server;
  }

  /** Indexes the samples and extras into indexDirectory and starts both servers. */
  static ServedCharts start(Path indexDirectory, List<Description> extras) throws IOException {
    // A plain static server, as a host site would have: no CORS, no chartdex.
    Javalin otherOrigin =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.staticFiles.add(bundledWebDirectory().toString(), Location.EXTERNAL);
                })
            .start(LOOPBACK, 0);
    ChartEngine engine = LuceneChartEngine.open(indexDirectory, ConfigSource.bundled());
    try {
      engine.index(new BundledSamples(), ChartEngine.IndexProgress.NONE);
      engine.add(extras);
      String origin = "http://" + LOOPBACK + ":" + otherOrigin.port();
      ServerConfig config = ServerConfig.ephemeral().withAllowedOrigins(List.of(origin));
      return new ServedCharts(otherOrigin, new ChartdexServer(engine, config).start());
    } catch (IOException | RuntimeException e) {
      engine.close();
      otherOrigin.stop();
      throw e;
    }
  }

  /** The web/ directory the build copies onto the test classpath (the one the jar carries). */
  private static Path bundledWebDirectory() {
    URL page = ServedCharts.class.getClassLoader().getResource("web/index.html");
    if (page == null) {
      throw new IllegalStateException("web/index.html is not on the classpath: is web/ built?");
    }
    try {
      return Path.of(page.toURI()).getParent().toAbsolutePath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The search page's base, "http://127.0.0.1:port/". */
  String chartdex() {
    return "http://" + LOOPBACK + ":" + server.port() + "/";
  }

  /** The same web/ files on another origin (another port), "http://127.0.0.1:port/". */
  String otherOrigin() {
    return "http://" + LOOPBACK + ":" + otherOrigin.port() + "/";
  }

  @Override
  public void close() {
    otherOrigin.stop();
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
