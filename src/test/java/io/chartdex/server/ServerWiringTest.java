package io.chartdex.server;

import static io.chartdex.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What surrounds the API: CORS, the OpenAPI document, the static UI, headers, graceful stop. */
class ServerWiringTest {
  static final String ALLOWED = "https://notebook.example.org";
  static final String OTHER = "https://elsewhere.example.com";
  static final Set<String> ROUTE_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  @TempDir Path directory;
  Path web;
  RunningServer api;

  @BeforeEach
  void serve() throws Exception {
    web = Files.createDirectories(directory.resolve("web"));
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>chartdex</title>");
    Files.writeString(web.resolve("app.js"), "console.log('chartdex');");
    api =
        RunningServer.overSamples(
            directory.resolve("index"),
            ServerConfig.ephemeral().withAllowedOrigins(List.of(ALLOWED)).withWebRoot(web));
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private HttpResponse<String> preflight(String origin) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/charts"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type"));
  }

  private HttpResponse<String> getFrom(String origin, String path) {
    return api.send(HttpRequest.newBuilder(api.uri(path)).header("Origin", origin));
  }

  @Test
  void preflightFromAnAllowedOriginIsAnswered() {
    HttpResponse<String> response = preflight(ALLOWED);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
        .hasValue("GET, POST, DELETE, OPTIONS");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValue("Content-Type");
    assertThat(response.headers().firstValue("Vary")).hasValue("Origin");
  }

  @Test
  void aDisallowedOriginGetsNoCorsHeaders() {
    HttpResponse<String> preflight = preflight(OTHER);
    HttpResponse<String> search = getFrom(OTHER, "/api/search?q=heatmap");

    assertThat(preflight.headers().map().keySet()).noneMatch(h -> h.startsWith("access-control"));
    assertThat(search.headers().map().keySet()).noneMatch(h -> h.startsWith("access-control"));
    // The answer itself is not refused: same-origin pages send Origin on POSTs too.
    assertThat(search.statusCode()).isEqualTo(200);
  }

  @Test
  void anAllowedOriginMayReadSearchResultsAndTheEmbedScript() {
    HttpResponse<String> search = getFrom(ALLOWED, "/api/search?q=heatmap");
    HttpResponse<String> script = getFrom(ALLOWED, "/app.js");

    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
  }

  @Test
  void theUiIsServedWithSecurityHeaders() {
    HttpResponse<String> page = api.get("/");
    HttpResponse<String> script = api.get("/app.js");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).isEqualTo("<!doctype html><title>chartdex</title>");
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValue(
            "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:;"
                + " frame-ancestors 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(script.body()).isEqualTo("console.log('chartdex');");
  }

  @Test
  void apiAnswersAreNotSniffedAndCarryNoPagePolicy() {
    HttpResponse<String> health = api.get("/api/health");

    assertThat(health.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(health.headers().firstValue("Content-Security-Policy")).isEmpty();
  }

  @Test
  void openApiDocumentDescribesEveryRouteAndNoOther() {
    JsonNode document = json(api.get("/api/openapi.json"));
    assertThat(document.get("openapi").asText()).startsWith("3.0");

    Set<String> registered = new TreeSet<>();
    for (ChartdexServer.Route route : api.server.routes()) {
      if (ROUTE_METHODS.contains(route.method())) {
        String path = route.path().replace('<', '{').replace('>', '}');
        registered.add(route.method().toLowerCase(java.util.Locale.ROOT) + " " + path);
      }
    }
    Set<String> documented = new TreeSet<>();
    document
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          if (!op.getKey().equals("parameters")) {
                            documented.add(op.getKey() + " " + path.getKey());
                          }
                        }));

    assertThat(registered)
        .containsExactlyInAnyOrder(
            "get /api/search",
            "post /api/charts",
            "get /api/charts/{id}",
            "delete /api/charts/{id}",
            "get /api/suggest",
            "get /api/facets/{dim}",
            "get /api/health",
            "get /api/stats",
            "get /api/openapi.json");
    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void stopLetsARequestInFlightFinishAndKeepsWhatItIndexed() throws Exception {
    byte[] body =
        "## Bar Chart: Throughput of Quillon\nA bar chart.\n".getBytes(StandardCharsets.UTF_8);
    List<String> answer = new ArrayList<>();
    try (Socket socket = new Socket("127.0.0.1", api.server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/charts?id=quillon.md HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: text/markdown\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(body, 0, 10);
      out.flush();
      // The request is in the handler, waiting for the rest of its body, when stop begins.
      waitUntilHandling();
      CompletableFuture<Void> stopping =
          CompletableFuture.runAsync(
              () -> {
                try {
                  api.close();
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      Thread.sleep(300);
      assertThat(stopping).isNotDone();
      out.write(body, 10, body.length - 10);
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      answer.add(in.readLine());
      stopping.get(10, TimeUnit.SECONDS);
    }

    assertThat(answer).containsExactly("HTTP/1.1 201 Created");
    api = RunningServer.reopen(directory.resolve("index"), ServerConfig.ephemeral());
    assertThat(api.get("/api/charts/quillon.md").statusCode()).isEqualTo(200);
  }

  /** Gives the server a moment to route the request; Jetty offers no hook for "in handler". */
  private static void waitUntilHandling() throws InterruptedException {
    Thread.sleep(200);
  }
}
