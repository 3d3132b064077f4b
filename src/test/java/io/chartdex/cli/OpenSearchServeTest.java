package io.chartdex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chartdex.opensearch.TestClusterProcess;
import io.chartdex.server.ChartdexServer;
import io.chartdex.server.api.ApiJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code chartdex serve --backend opensearch --opensearch-url …} against a real 1-node cluster: the
 * command as picocli parses it fills the cluster index with the bundled samples and serves the HTTP
 * API over it on a free port. One cluster and one server for the class; tests that write use their
 * own ids.
 */
@Tag("opensearch")
class OpenSearchServeTest {
  private static final String INDEX = "served";
  private static final String LATENCY_CHART =
      """
      ## Line Graph: Latency of Zephyrine by Batch Size
      ### Components/Axes
      * **X-axis:** Batch Size, ranging from 1 to 512.
      * **Y-axis:** Latency (ms), ranging from 0 to 90.
      * **Legend:** Zephyrine (red).
      """;

  @TempDir static Path directory;
  static TestClusterProcess cluster;
  static ChartdexServer server;
  static String startOutput;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void serveOverTheCluster() throws Exception {
    cluster = TestClusterProcess.start(directory.resolve("cluster"), 1);
    Path web = Files.createDirectories(directory.resolve("web"));
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>chartdex</title>");
    ServeCommand command = new ServeCommand();
    new CommandLine(command)
        .parseArgs(
            "--backend",
            "opensearch",
            "--opensearch-url",
            cluster.nodes().get(0).toString(),
            "--opensearch-index",
            INDEX,
            "--opensearch-replicas",
            "0",
            "--port",
            "0",
            "--web",
            web.toString());
    StringWriter out = new StringWriter();
    server = command.start(new PrintWriter(out));
    startOutput = out.toString();
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (server != null) {
        server.stop();
      }
    } finally {
      cluster.close();
    }
  }

  @Test
  void startFillsTheEmptyClusterIndexWithTheBundledSamples() throws Exception {
    assertThat(startOutput.lines())
        .containsExactly(
            "chartdex: indexed 62 descriptions (0 failed)",
            "chartdex: serving 62 charts at http://127.0.0.1:" + server.port() + "/");
    JsonNode stats = ok(get("/api/stats"));
    assertThat(stats.get("location").asText()).isEqualTo(cluster.nodes().get(0) + INDEX);
  }

  @Test
  void searchRanksAsTheEmbeddedIndexMarksTheLabelAndCountsTypesSideways() throws Exception {
    JsonNode result =
        ok(
            get(
                "/api/search?q="
                    + q("axis:\"decoding steps\" OR heatmap")
                    + "&f.type=heatmap&facets=type"));

    assertThat(result.get("total").asLong()).isEqualTo(6);
    assertThat(result.get("hits").findValuesAsText("id"))
        .containsExactly(
            "decoding-steps-heatmap.md",
            "charxiv-described/charxiv-val-1294.md",
            "charxiv-described/charxiv-val-805.md",
            "pro-ultra-nll.md",
            "charxiv-described/charxiv-val-568.md",
            "charxiv-described/charxiv-val-2329.md");
    JsonNode top = result.get("hits").get(0);
    assertThat(top.get("id").asText()).isEqualTo("decoding-steps-heatmap.md");
    assertThat(top.get("chartType").get("normalized").asText()).isEqualTo("heatmap");
    JsonNode snippet = top.get("snippets").get(0);
    assertThat(snippet.get("field").asText()).isEqualTo("axis.x");
    assertThat(snippet.get("fragments").get(0).asText()).isEqualTo("<mark>Decoding Steps</mark>");
    assertThat(counts(facet(result, "type")))
        .containsExactly("heatmap=6 selected", "confusion matrix=1", "contour=1");
  }

  @Test
  void postedChartIsFoundReadAndDeleted() throws Exception {
    String id = "serve-test/latency-zephyrine.md";
    HttpResponse<String> posted =
        send(
            HttpRequest.newBuilder(uri("/api/charts?id=" + encode(id)))
                .header("Content-Type", "text/markdown")
                .POST(HttpRequest.BodyPublishers.ofString(LATENCY_CHART)));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    assertThat(json(posted).get("charts").get(0).get("id").asText()).isEqualTo(id);

    JsonNode found = ok(get("/api/search?q=" + q("axis:\"batch size\"")));
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo(id);
    JsonNode chart = ok(get("/api/charts/" + encode(id)));
    assertThat(chart.get("record").get("title").asText())
        .isEqualTo("Latency of Zephyrine by Batch Size");
    assertThat(chart.get("text").asText()).isEqualTo(LATENCY_CHART);

    assertThat(send(HttpRequest.newBuilder(uri("/api/charts/" + encode(id))).DELETE()).statusCode())
        .isEqualTo(204);
    assertThat(get("/api/charts/" + encode(id)).statusCode()).isEqualTo(404);
    assertThat(ok(get("/api/search?q=" + q("axis:\"batch size\""))).get("total").asLong()).isZero();
    assertThat(send(HttpRequest.newBuilder(uri("/api/charts/" + encode(id))).DELETE()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void malformedQueryIs400JsonSayingWhere() throws Exception {
    HttpResponse<String> response = get("/api/search?q=" + q("axis:(decoding"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode error = json(response);
    assertThat(error.get("error").asText()).isEqualTo("invalid_query");
    assertThat(error.get("message").asText()).contains("column");
  }

  private static JsonNode facet(JsonNode result, String dimension) {
    for (JsonNode facet : result.get("facets")) {
      if (facet.get("dimension").asText().equals(dimension)) {
        return facet;
      }
    }
    throw new AssertionError("no facet " + dimension + " in " + result);
  }

  private static List<String> counts(JsonNode facet) {
    List<String> counts = new ArrayList<>();
    for (JsonNode value : facet.get("values")) {
      counts.add(
          value.get("value").asText()
              + "="
              + value.get("count").asLong()
              + (value.get("selected").asBoolean() ? " selected" : ""));
    }
    return counts;
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode ok(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return ApiJson.mapper().readTree(response.body());
  }
}
