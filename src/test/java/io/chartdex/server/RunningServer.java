package io.chartdex.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.chartdex.config.ConfigSource;
import io.chartdex.engine.ChartEngine;
import io.chartdex.engine.LuceneChartEngine;
import io.chartdex.index.IndexReport;
import io.chartdex.ingest.BundledSamples;
import io.chartdex.server.api.ApiJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * A real server on a free port over a real index of the bundled samples, and an HTTP client to talk
 * to it. For tests; close it to stop the server (which closes the index).
 */
final class RunningServer implements AutoCloseable {
  static final int BUNDLED_SAMPLES = 62;

  final ChartdexServer server;
  final Path indexDirectory;
  private final HttpClient http = HttpClient.newHttpClient();

  private RunningServer(ChartdexServer server, Path indexDirectory) {
    this.server = server;
    this.indexDirectory = indexDirectory;
  }

  /** Indexes the bundled samples into {@code indexDirectory} and serves them. */
  static RunningServer overSamples(Path indexDirectory, ServerConfig config) throws IOException {
    ChartEngine engine = LuceneChartEngine.open(indexDirectory, ConfigSource.bundled());
    IndexReport report = engine.index(new BundledSamples(), ChartEngine.IndexProgress.NONE);
    if (report.indexed() != BUNDLED_SAMPLES) {
      engine.close();
      throw new IllegalStateException("bundled samples did not all index: " + report);
    }
    return new RunningServer(new ChartdexServer(engine, config).start(), indexDirectory);
  }

  /** Serves an index that already exists (a restart). */
  static RunningServer reopen(Path indexDirectory, ServerConfig config) throws IOException {
    ChartEngine engine = LuceneChartEngine.open(indexDirectory, ConfigSource.bundled());
    return new RunningServer(new ChartdexServer(engine, config).start(), indexDirectory);
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)));
  }

  HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri(pathAndQuery))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> delete(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).DELETE());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return ApiJson.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() throws IOException {
    server.stop();
  }
}
