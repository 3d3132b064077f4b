package io.chartdex.server;

import io.chartdex.engine.ChartEngine;
import io.chartdex.server.api.ApiJson;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chartdex HTTP server: the JSON API over a {@link ChartEngine}, the web UI from {@code web/},
 * CORS for other origins and security headers. Built from its dependencies so tests start it on a
 * free port; {@link #stop()} lets requests in flight finish, then closes the engine, which commits.
 * The server owns the engine from construction on. Thread-safe.
 */
public final class ChartdexServer {
  private static final Logger LOG = LoggerFactory.getLogger(ChartdexServer.class);
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:;"
          + " frame-ancestors 'none'";

  private final ChartEngine engine;
  private final ServerConfig config;
  private final Javalin app;
  private final List<Route> routes = new ArrayList<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch stoppedLatch = new CountDownLatch(1);

  /** One registered HTTP route, as Javalin spells its path ({@code /api/charts/<id>}). */
  public record Route(String method, String path) {}

  public ChartdexServer(ChartEngine engine, ServerConfig config) {
    this.engine = engine;
    this.config = config;
    this.app = Javalin.create(this::configure);
  }

  /** Starts listening; returns once the port is bound. */
  public ChartdexServer start() {
    app.start(config.host(), config.port());
    return this;
  }

  /** The port the server listens on (the chosen one when configured with 0). */
  public int port() {
    return app.port();
  }

  /** The routes of the API, in registration order. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /**
   * Stops accepting connections, waits up to the configured grace for requests in flight, then
   * closes the engine. Idempotent.
   */
  public void stop() throws IOException {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      app.stop();
    } finally {
      try {
        engine.close();
      } finally {
        stoppedLatch.countDown();
      }
    }
  }

  /** Blocks until {@link #stop()} has finished. */
  public void awaitStop() throws InterruptedException {
    stoppedLatch.await();
  }

  private void configure(JavalinConfig javalin) {
    javalin.startup.showJavalinBanner = false;
    javalin.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
    javalin.http.maxRequestSize = config.limits().maxBodyBytes();
    javalin.http.defaultContentType = "application/json";
    javalin.jetty.modifyServer(
        server -> {
          // Stop waits for requests in flight, up to the grace period.
          server.setHandler(new GracefulHandler());
          server.setStopTimeout(config.limits().shutdownGrace().toMillis());
        });
    // Ids may contain slashes, which clients encode as %2F in one path segment: allow exactly that
    // ambiguity (not "..", "%2e%2e" and the like, which could reach outside the web root).
    javalin.jetty.modifyHttpConfiguration(
        http ->
            http.setUriCompliance(
                UriCompliance.DEFAULT.with(
                    "chartdex ids", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR)));
    javalin.jetty.modifyServletContextHandler(
        handler -> handler.getServletHandler().setDecodeAmbiguousURIs(true));
    javalin.events.handlerAdded(
        added -> routes.add(new Route(added.getHttpMethod().name(), added.getPath())));
    serveWeb(javalin);
    javalin.routes.before(ChartdexServer::securityHeaders);
    javalin.routes.before(new CorsPolicy(config.allowedOrigins())::apply);
    ErrorResponses.register(javalin.routes);
    addRoutes(javalin);
  }

  private void addRoutes(JavalinConfig javalin) {
    SearchHandler search = new SearchHandler(engine);
    ChartsHandler charts = new ChartsHandler(engine);
    SuggestHandler suggest = new SuggestHandler(engine);
    FacetsHandler facets = new FacetsHandler(engine);
    StatusHandler status = new StatusHandler(engine, Clock.systemUTC());
    javalin
        .routes
        .get(Routes.SEARCH, search::search)
        .post(Routes.CHARTS, charts::add)
        .get(Routes.CHART, charts::get)
        .delete(Routes.CHART, charts::delete)
        .get(Routes.SUGGEST, suggest::suggest)
        .get(Routes.FACET_VALUES, facets::values)
        .get(Routes.HEALTH, status::health)
        .get(Routes.STATS, status::stats)
        .get(Routes.OPENAPI, status::openApi);
  }

  private void serveWeb(JavalinConfig javalin) {
    if (config.webRoot() != null) {
      javalin.staticFiles.add(config.webRoot().toAbsolutePath().toString(), Location.EXTERNAL);
    } else if (ChartdexServer.class.getClassLoader().getResource("web/index.html") != null) {
      javalin.staticFiles.add("/web", Location.CLASSPATH);
    } else {
      LOG.warn("no web/ directory given and none bundled: serving the API without the UI");
    }
  }

  /**
   * Headers for every answer; the page's CSP is not sent with API JSON, which other origins use.
   */
  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    if (!ctx.path().startsWith("/api/")) {
      ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
  }
}
