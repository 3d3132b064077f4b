package io.chartdex.server;

import static io.chartdex.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What surrounds the API: CORS, the OpenAPI document, the static UI, security headers. */
class ServerWiringTest {
  static final String ALLOWED = "https://notebook.example.org";
  static final String OTHER = "https://elsewhere.example.com";
  static final Set<String> ROUTE_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  @TempDir static Path directory;
  static RunningServer api;

  @BeforeAll
  static void serve() throws Exception {
    Path web = Files.createDirectories(directory.resolve("web"));
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>chartdex</title>");
    Files.writeString(web.resolve("app.js"), "console.log('chartdex');");
    Files.writeString(directory.resolve("secret.txt"), "outside the web root");
    api =
        RunningServer.overSamples(
            directory.resolve("index"),
            ServerConfig.ephemeral().withAllowedOrigins(List.of(ALLOWED)).withWebRoot(web));
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static HttpResponse<String> preflight(String origin) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/charts"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type"));
  }

  private static HttpResponse<String> getFrom(String origin, String path) {
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
  void nothingOutsideTheWebRootIsServed() {
    for (String path :
        List.of(
            "/..%2Fsecret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/../secret.txt")) {
      HttpResponse<String> response = api.get(path);

      assertThat(response.statusCode()).as(path).isIn(400, 404);
      assertThat(response.body()).as(path).doesNotContain("outside the web root");
    }
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
}
