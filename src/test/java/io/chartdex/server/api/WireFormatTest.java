package io.chartdex.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.ChartType;
import io.chartdex.model.ParseWarning;
import io.chartdex.model.Section;
import io.chartdex.model.Series;
import io.chartdex.search.FacetResult;
import io.chartdex.search.SearchHit;
import io.chartdex.search.SearchResult;
import io.chartdex.search.Snippet;
import io.chartdex.search.StoredChart;
import io.chartdex.search.Suggestion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API's JSON shapes, pinned by fixtures: a failing test here is a change of the public API. */
class WireFormatTest {
  private static final Axis DECODING_STEPS =
      new Axis(
          AxisRole.X,
          "Decoding Steps",
          null,
          0.0,
          250.0,
          25.0,
          null,
          "Labeled \"Decoding Steps\", ranging from 0 to 250 in increments of 25.");

  @Test
  void searchResponse() throws IOException {
    SearchHit hit =
        new SearchHit(
            "decoding-steps-heatmap.md",
            "Output Token Position Index vs. Decoding Steps",
            new ChartType("Heatmap", "heatmap"),
            List.of(DECODING_STEPS),
            List.of("Pro"),
            List.of("Pro"),
            "samples",
            1.5f,
            List.of(
                new Snippet(
                    "axis.x",
                    "X axis",
                    List.of("Labeled &quot;<mark>Decoding Steps</mark>&quot;, ranging from 0"),
                    true)));
    FacetResult types =
        new FacetResult(
            "type",
            "Chart type",
            2,
            List.of(
                new FacetResult.FacetValue("heatmap", 2, true),
                new FacetResult.FacetValue("line", 40, false)));
    SearchResult result = new SearchResult(3, List.of(hit), List.of(types), 4, null);

    assertMatchesFixture(
        SearchResponse.of("axis:\"decoding steps\"", 1, 10, result), "search-response.json");
  }

  @Test
  void chartResponse() throws IOException {
    ChartRecord record =
        new ChartRecord(
            "pro-ultra-nll.md",
            "samples",
            "NLL vs. Sequence Length",
            new ChartType("Line Graph", "line"),
            List.of(DECODING_STEPS),
            List.of(new Series("Pro", "blue", "solid")),
            List.of("Pro", "Ultra"),
            List.of("blue"),
            List.of(),
            List.of(new Section("overview", "Overview", "A line graph.")),
            List.of(new ParseWarning("axis-range-unparsed", "y: \"roughly 1 to 2\"")));

    assertMatchesFixture(
        ChartResponse.of(new StoredChart(record, "# NLL\nA line graph.", Map.of("paper", "p1"))),
        "chart-response.json");
  }

  @Test
  void ingestResponse() throws IOException {
    ChartRecord record =
        new ChartRecord(
            "sha256-0123456789abcdef",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new ParseWarning("no-chart-type", "no chart type is named")));

    assertMatchesFixture(
        IngestResponse.of(
            List.of(record),
            List.of(new IngestResponse.Failure("body:2", "invalid JSON: unexpected end"))),
        "ingest-response.json");
  }

  @Test
  void smallResponses() throws IOException {
    assertMatchesFixture(new ErrorResponse("not_found", "no chart with id x"), "error.json");
    assertMatchesFixture(HealthResponse.OK, "health.json");
    assertMatchesFixture(new StatsResponse(62, 123456, "/srv/index", 5000), "stats.json");
    assertMatchesFixture(
        new SuggestResponse(List.of(new Suggestion("Decoding Steps", "axis", 1))),
        "suggest-response.json");
  }

  private static void assertMatchesFixture(Object wire, String fixture) throws IOException {
    JsonNode expected;
    try (InputStream in = WireFormatTest.class.getResourceAsStream(fixture)) {
      assertThat(in).as("fixture " + fixture).isNotNull();
      expected = ApiJson.mapper().readTree(in);
    }
    JsonNode actual = ApiJson.mapper().valueToTree(wire);
    // Compared as text: numbers by their written form (int vs long nodes differ), keys in order.
    assertThat(ApiJson.mapper().writeValueAsString(actual))
        .as(fixture)
        .isEqualTo(ApiJson.mapper().writeValueAsString(expected));
  }
}
