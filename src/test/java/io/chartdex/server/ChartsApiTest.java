package io.chartdex.server;

import static io.chartdex.server.RunningServer.json;
import static io.chartdex.server.SearchApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading, adding and deleting charts over HTTP. One server for the class: each test uses its own
 * ids and checks counts as differences, so the order of tests does not matter.
 */
class ChartsApiTest {
  static final long BODY_LIMIT = 64 * 1024;
  static final String LATENCY_CHART =
      """
      ## Line Graph: Latency of Zephyrine by Batch Size
      ### Components/Axes
      * **X-axis:** Batch Size, ranging from 1 to 512.
      * **Y-axis:** Latency (ms), ranging from 0 to 90.
      * **Legend:** Zephyrine (red).
      """;

  @TempDir static Path directory;
  static RunningServer api;

  @BeforeAll
  static void serveSamples() throws Exception {
    api =
        RunningServer.overSamples(
            directory.resolve("index"),
            ServerConfig.ephemeral()
                .withLimits(new ServerConfig.Limits(BODY_LIMIT, Duration.ofSeconds(5))));
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static long documents() {
    return json(api.get("/api/stats")).get("documents").asLong();
  }

  private static String encoded(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  @Test
  void chartByIdHasTheRecordAndTheOriginalText() {
    HttpResponse<String> response = api.get("/api/charts/decoding-steps-heatmap.md");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode chart = json(response);
    assertThat(chart.get("record").get("id").asText()).isEqualTo("decoding-steps-heatmap.md");
    assertThat(chart.get("record").get("chartType").get("normalized").asText())
        .isEqualTo("heatmap");
    assertThat(chart.get("record").get("axes").get(0).get("label").asText())
        .isEqualTo("Decoding Steps");
    assertThat(chart.get("text").asText())
        .startsWith("## Heatmap: Output Token Position Index vs. Decoding Steps\n");
  }

  @Test
  void idsWithSlashesWorkEncodedOrRaw() {
    String id = "charxiv-described/charxiv-val-159.md";

    HttpResponse<String> encodedResponse = api.get("/api/charts/" + encoded(id));
    HttpResponse<String> rawResponse = api.get("/api/charts/" + id);

    assertThat(encodedResponse.statusCode()).isEqualTo(200);
    assertThat(json(encodedResponse).get("record").get("id").asText()).isEqualTo(id);
    assertThat(rawResponse.body()).isEqualTo(encodedResponse.body());
  }

  @Test
  void unknownChartIs404() {
    assertError(api.get("/api/charts/nope.md"), 404, "not_found", "no chart with id nope.md");
  }

  @Test
  void postedMarkdownIsSearchableWhenAcknowledged() {
    HttpResponse<String> posted =
        api.post("/api/charts?id=latency.md&source=tests", "text/markdown", LATENCY_CHART);

    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    JsonNode ack = json(posted);
    assertThat(ack.get("indexed").asInt()).isEqualTo(1);
    assertThat(ack.get("charts").get(0).get("id").asText()).isEqualTo("latency.md");
    assertThat(ack.get("failures")).isEmpty();

    JsonNode found = json(api.get("/api/search?q=" + encoded("axis:\"batch size\"")));
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo("latency.md");
    assertThat(found.get("hits").get(0).get("source").asText()).isEqualTo("tests");
  }

  @Test
  void markdownWithoutAnIdGetsItsContentHash() {
    JsonNode ack =
        json(api.post("/api/charts", "text/plain; charset=utf-8", "## Pie Chart: Shares\n"));

    assertThat(ack.get("charts").get(0).get("id").asText()).matches("sha256-[0-9a-f]{16}");
  }

  @Test
  void jsonlReportsTheBadLineAndIndexesTheRest() {
    String jsonl =
        "{\"id\": \"a.md\", \"text\": \"## Bar Chart: Alpha\\nA bar chart.\"}\n"
            + "{\"id\": \"b.md\"}\n"
            + "{\"id\": \"c.md\", \"text\": \"## Line Graph: Gamma\\nA line graph.\"}\n";

    HttpResponse<String> posted = api.post("/api/charts", "application/x-ndjson", jsonl);

    assertThat(posted.statusCode()).isEqualTo(201);
    JsonNode ack = json(posted);
    assertThat(ack.get("indexed").asInt()).isEqualTo(2);
    assertThat(ack.get("charts").findValuesAsText("id")).containsExactly("a.md", "c.md");
    assertThat(ack.get("failures").get(0).get("location").asText()).isEqualTo("body:2");
    assertThat(ack.get("failures").get(0).get("reason").asText())
        .isEqualTo("no text: field \"text\" is missing or not a string");
    assertThat(api.get("/api/charts/c.md").statusCode()).isEqualTo(200);
  }

  @Test
  void jsonArrayIndexesEveryRecord() {
    String json =
        "[{\"id\": \"x.md\", \"text\": \"## Bar Chart: X\"},"
            + " {\"id\": \"y.md\", \"text\": \"## Bar Chart: Y\", \"paper\": \"2401.1\"}]";

    JsonNode ack = json(api.post("/api/charts", "application/json", json));

    assertThat(ack.get("indexed").asInt()).isEqualTo(2);
    JsonNode y = json(api.get("/api/charts/y.md"));
    assertThat(y.get("record").get("source").asText()).isEqualTo("2401.1");
    assertThat(y.get("metadata").get("paper").asText()).isEqualTo("2401.1");
  }

  @Test
  void deletedChartIsGone() {
    String id = "charxiv-described/charxiv-val-154.md";
    long before = documents();

    HttpResponse<String> deleted = api.delete("/api/charts/" + encoded(id));

    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(api.get("/api/charts/" + encoded(id)).statusCode()).isEqualTo(404);
    assertThat(documents()).isEqualTo(before - 1);
    assertError(
        api.delete("/api/charts/" + encoded(id)), 404, "not_found", "no chart with id " + id);
  }

  @Test
  void bodyOverTheLimitIs413() {
    String huge = LATENCY_CHART + "x".repeat((int) BODY_LIMIT);
    long before = documents();

    HttpResponse<String> response = api.post("/api/charts", "text/markdown", huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).get("error").asText()).isEqualTo("payload_too_large");
    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void unknownContentTypeIs415() {
    assertError(
        api.post("/api/charts", "image/png", "PNG"),
        415,
        "unsupported_media_type",
        "Content-Type must be text/markdown, text/plain, application/json or"
            + " application/x-ndjson, not image/png");
  }

  @Test
  void emptyOrUnusableBodyIs400() {
    assertError(
        api.post("/api/charts", "text/markdown", ""),
        400,
        "bad_request",
        "the request body is empty: send a description");
    assertError(
        api.post("/api/charts", "application/json", "{\"id\": \"x\"}"),
        400,
        "bad_request",
        "nothing to index: [body: no text: field \"text\" is missing or not a string]");
  }
}
