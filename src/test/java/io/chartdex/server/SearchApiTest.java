package io.chartdex.server;

import static io.chartdex.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching over HTTP: a real server on a real port over the bundled samples. Read-only. */
class SearchApiTest {
  @TempDir static Path directory;
  static RunningServer api;

  @BeforeAll
  static void serveSamples() throws Exception {
    api = RunningServer.overSamples(directory.resolve("index"), ServerConfig.ephemeral());
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static JsonNode ok(String pathAndQuery) {
    HttpResponse<String> response = api.get(pathAndQuery);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    return json(response);
  }

  @Test
  void axisQueryFindsTheDecodingStepsHeatmapWithTheLabelMarked() {
    JsonNode result = ok("/api/search?q=" + q("axis:\"decoding steps\""));

    assertThat(result.get("query").asText()).isEqualTo("axis:\"decoding steps\"");
    assertThat(result.get("total").asLong()).isEqualTo(1);
    assertThat(result.get("page").asInt()).isEqualTo(1);
    assertThat(result.get("size").asInt()).isEqualTo(10);
    JsonNode top = result.get("hits").get(0);
    assertThat(top.get("id").asText()).isEqualTo("decoding-steps-heatmap.md");
    assertThat(top.get("title").asText())
        .isEqualTo("Output Token Position Index vs. Decoding Steps");
    assertThat(top.get("chartType").get("normalized").asText()).isEqualTo("heatmap");
    JsonNode x = top.get("axes").get(0);
    assertThat(x.get("role").asText()).isEqualTo("x");
    assertThat(x.get("label").asText()).isEqualTo("Decoding Steps");
    assertThat(x.get("min").asDouble()).isEqualTo(0.0);
    assertThat(x.get("max").asDouble()).isEqualTo(250.0);
    assertThat(x.get("step").asDouble()).isEqualTo(25.0);
    JsonNode snippet = top.get("snippets").get(0);
    assertThat(snippet.get("field").asText()).isEqualTo("axis.x");
    assertThat(snippet.get("label").asText()).isEqualTo("X axis");
    assertThat(snippet.get("fragments").get(0).asText()).isEqualTo("<mark>Decoding Steps</mark>");
    assertThat(snippet.get("matched").asBoolean()).isTrue();
  }

  @Test
  void choosingTwoChartTypesKeepsBothCountsSideways() {
    Map<String, Long> allCounts = typeCounts(ok("/api/search?size=0&facetLimit=100"));
    long heatmaps = allCounts.get("heatmap");
    long lines = allCounts.get("line");

    JsonNode both = ok("/api/search?f.type=heatmap&f.type=line&facetLimit=100&size=0");

    assertThat(both.get("total").asLong()).isEqualTo(heatmaps + lines);
    JsonNode type = facet(both, "type");
    assertThat(typeCounts(both)).containsAllEntriesOf(allCounts);
    for (JsonNode value : type.get("values")) {
      String name = value.get("value").asText();
      assertThat(value.get("selected").asBoolean())
          .as(name)
          .isEqualTo(name.equals("heatmap") || name.equals("line"));
    }
  }

  @Test
  void filtersInDifferentDimensionsMustAllHold() {
    JsonNode result = ok("/api/search?f.type=heatmap&f.model=Pro");

    assertThat(ids(result))
        .contains("pro-ultra-nll.md")
        .doesNotContain("decoding-steps-heatmap.md");
  }

  @Test
  void rangeFilterKeepsChartsWhoseAxisReachesIt() {
    JsonNode result = ok("/api/search?range.x=30000..&size=100");

    assertThat(ids(result))
        .contains("pro-ultra-nll.md")
        .doesNotContain("decoding-steps-heatmap.md");
  }

  @Test
  void cursorPagesThroughEveryChartOnce() {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          ok("/api/search?size=25&facets=type" + (cursor == null ? "" : "&cursor=" + q(cursor)));
      seen.addAll(ids(page));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);

    assertThat(seen).hasSize(RunningServer.BUNDLED_SAMPLES).doesNotHaveDuplicates();
  }

  @Test
  void pagesByNumberToo() {
    JsonNode first = ok("/api/search?size=5&page=1");
    JsonNode second = ok("/api/search?size=5&page=2");

    assertThat(second.get("page").asInt()).isEqualTo(2);
    assertThat(ids(second)).hasSize(5).doesNotContainAnyElementsOf(ids(first));
  }

  @Test
  void suggestCompletesAxisLabels() {
    JsonNode result = ok("/api/suggest?q=decod&field=axis");

    JsonNode first = result.get("suggestions").get(0);
    assertThat(first.get("text").asText()).isEqualTo("Decoding Steps");
    assertThat(first.get("field").asText()).isEqualTo("axis");
    assertThat(first.get("weight").asLong()).isEqualTo(1);
  }

  @Test
  void facetValueSearchFindsAxisLabelsByPrefix() {
    JsonNode result = ok("/api/facets/axis?prefix=decod");

    assertThat(result.get("dimension").asText()).isEqualTo("axis");
    assertThat(result.get("values").get(0).get("value").asText()).isEqualTo("decoding steps");
    assertThat(result.get("values").get(0).get("count").asLong()).isEqualTo(1);
  }

  @Test
  void malformedQueryIs400SayingWhere() {
    HttpResponse<String> response = api.get("/api/search?q=" + q("axis:(decoding"));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = json(response);
    assertThat(error.get("error").asText()).isEqualTo("invalid_query");
    assertThat(error.get("message").asText()).contains("column");
  }

  @Test
  void oversizedPageIs400NamingTheParameter() {
    assertError(api.get("/api/search?size=1000"), 400, "bad_request", "size must be 0..100: 1000");
  }

  @Test
  void unknownSuggestFieldIs400() {
    assertError(
        api.get("/api/suggest?q=a&field=colour"),
        400,
        "bad_request",
        "field must be one of axis, model, title, type (or absent for all): \"colour\"");
  }

  @Test
  void unknownFacetDimensionIs404() {
    HttpResponse<String> response = api.get("/api/facets/colour");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("error").asText()).isEqualTo("not_found");
    assertThat(json(response).get("message").asText()).startsWith("no facet dimension \"colour\"");
  }

  @Test
  void unknownApiRouteIsJson404() {
    assertError(api.get("/api/nothing"), 404, "not_found", "Endpoint GET /api/nothing not found");
  }

  @Test
  void healthAndStatsDescribeTheServer() {
    assertThat(ok("/api/health").get("status").asText()).isEqualTo("ok");

    JsonNode stats = ok("/api/stats");
    assertThat(stats.get("documents").asLong()).isEqualTo(RunningServer.BUNDLED_SAMPLES);
    assertThat(stats.get("indexBytes").asLong()).isPositive();
    assertThat(stats.get("location").asText())
        .contains(api.indexDirectory.getFileName().toString());
    assertThat(stats.get("uptimeMillis").asLong()).isNotNegative();
  }

  static void assertError(HttpResponse<String> response, int status, String code, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = json(response);
    assertThat(error.get("error").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isEqualTo(message);
  }

  private static JsonNode facet(JsonNode result, String dimension) {
    for (JsonNode facet : result.get("facets")) {
      if (facet.get("dimension").asText().equals(dimension)) {
        return facet;
      }
    }
    throw new AssertionError("no facet " + dimension + " in " + result);
  }

  private static Map<String, Long> typeCounts(JsonNode result) {
    Map<String, Long> counts = new HashMap<>();
    facet(result, "type")
        .get("values")
        .forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
    return counts;
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }
}
