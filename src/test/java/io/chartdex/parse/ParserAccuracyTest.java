package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.config.ConfigSource;
import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.model.Series;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parser measured against corpus truth (see src/test/resources/parse/README.md): the 60
 * described charts in six styles and the 1,592 CharXiv captions. Prints a table per corpus to
 * stdout; the thresholds are a few points below the measured figures, so a regression fails.
 */
class ParserAccuracyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ChartParser PARSER = ChartParser.fromConfig(ConfigSource.bundled());
  private static final String[] FIELDS = {
    "type", "title", "x label", "y label", "x range", "y range", "series names", "models"
  };

  @Test
  void describedChartsAreReadAtTheMeasuredAccuracy() throws IOException {
    AccuracyTable table = new AccuracyTable("corpus/described (60 charts, styles A-F)", FIELDS);
    for (JsonNode truth : jsonLines("parse/described-truth.jsonl")) {
      String id = truth.get("id").asText();
      String text = resource("samples/charxiv-described/" + id + ".md");
      ChartRecord record = PARSER.parse(new Description(id, null, text));
      table.score("type", truth.get("chart_type").asText().equals(record.chartType().normalized()));
      if (!truth.get("title").isNull()) {
        table.score("title", truth.get("title").asText().equals(record.title()));
      }
      scoreAxis(table, "x", firstTruthAxis(truth, "x"), firstAxis(record, AxisRole.X));
      scoreAxis(table, "y", firstTruthAxis(truth, "y"), firstAxis(record, AxisRole.Y));
      Set<String> trueSeries = new HashSet<>();
      truth.get("series").forEach(s -> trueSeries.add(s.get("name").asText()));
      if (!trueSeries.isEmpty()) {
        table.score("series names", trueSeries.equals(seriesNames(record)));
      }
      Set<String> trueModels = new HashSet<>();
      truth.get("models").forEach(m -> trueModels.add(m.asText()));
      table.score("models", trueModels.equals(new HashSet<>(record.models())));
    }
    System.out.print(table.render());

    // Measured 2026-12-02: type 95.0, title 100, x label 100, y label 95.7, x range 100,
    // y range 97.7, series names 94.6, models 75.0 (%). Thresholds a few points below.
    assertThat(table.scored("type")).isEqualTo(60);
    assertThat(table.accuracy("type")).isGreaterThanOrEqualTo(0.90);
    assertThat(table.accuracy("title")).isGreaterThanOrEqualTo(0.96);
    assertThat(table.accuracy("x label")).isGreaterThanOrEqualTo(0.95);
    assertThat(table.accuracy("y label")).isGreaterThanOrEqualTo(0.90);
    assertThat(table.accuracy("x range")).isGreaterThanOrEqualTo(0.95);
    assertThat(table.accuracy("y range")).isGreaterThanOrEqualTo(0.93);
    assertThat(table.accuracy("series names")).isGreaterThanOrEqualTo(0.90);
    assertThat(table.accuracy("models")).isGreaterThanOrEqualTo(0.70);
  }

  @Test
  void captionsAreReadAtTheMeasuredAccuracy() throws IOException {
    AccuracyTable table = new AccuracyTable("charxiv-captions.jsonl (1,592 captions)", FIELDS);
    for (JsonNode row : jsonLines("parse/charxiv-captions.jsonl")) {
      ChartRecord record =
          PARSER.parse(new Description(row.get("id").asText(), null, row.get("text").asText()));
      JsonNode truth = row.get("truth");
      JsonNode inText = row.path("truth_meta").path("in_text");
      table.score("type", truth.get("chart_type").asText().equals(record.chartType().normalized()));
      if (inText.path("title").asBoolean(false)) {
        table.score("title", truth.get("title").asText().equals(record.title()));
      }
      Axis x = firstAxis(record, AxisRole.X);
      Axis y = firstAxis(record, AxisRole.Y);
      if (inText.path("x_label").asBoolean(false)) {
        table.score("x label", sameLabel(truth.get("x_label").asText(), x));
      }
      if (inText.path("y_label").asBoolean(false)) {
        table.score("y label", sameLabel(truth.get("y_label").asText(), y));
      }
      if (inText.path("x_range").asBoolean(false)) {
        table.score("x range", sameEnds(truth.get("x_range"), x));
      }
      if (inText.path("y_range").asBoolean(false)) {
        table.score("y range", sameEnds(truth.get("y_range"), y));
      }
      if (inText.path("series").asBoolean(false)) {
        Set<String> trueSeries = new HashSet<>();
        truth.get("series").forEach(s -> trueSeries.add(s.asText()));
        table.score("series names", trueSeries.equals(seriesNames(record)));
      }
    }
    System.out.print(table.render());

    // Measured 2026-12-02: type 18.7% (most captions name no type; "other" is then the answer).
    assertThat(table.scored("type")).isEqualTo(1592);
    assertThat(table.accuracy("type")).isGreaterThanOrEqualTo(0.16);
  }

  private static void scoreAxis(AccuracyTable table, String role, JsonNode truth, Axis axis) {
    if (truth == null) {
      return;
    }
    if (!truth.get("label").isNull()) {
      table.score(role + " label", sameLabel(truth.get("label").asText(), axis));
    }
    if (!truth.get("min").isNull() && !truth.get("max").isNull()) {
      table.score(
          role + " range",
          axis != null
              && same(truth.get("min").asDouble(), axis.min())
              && same(truth.get("max").asDouble(), axis.max()));
    }
  }

  private static boolean sameEnds(JsonNode ends, Axis axis) {
    if (axis == null) {
      return false;
    }
    boolean first = ends.get(0).isNull() || same(number(ends.get(0).asText()), axis.min());
    boolean last = ends.get(1).isNull() || same(number(ends.get(1).asText()), axis.max());
    return first && last;
  }

  /** A tick label as written ("0.5", "10^-6", "1e3", "60%") as a number; NaN when not numeric. */
  private static double number(String tick) {
    String t = tick.strip().replace("−", "-").replace("%", "").replace(",", "");
    try {
      if (t.startsWith("10^")) {
        return Math.pow(10, Double.parseDouble(t.substring(3).replace("{", "").replace("}", "")));
      }
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static boolean same(double expected, Double actual) {
    return actual != null && Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  }

  private static boolean sameLabel(String expected, Axis axis) {
    return axis != null
        && axis.label() != null
        && expected.strip().replaceAll("\\s+", " ").equals(axis.label().replaceAll("\\s+", " "));
  }

  private static JsonNode firstTruthAxis(JsonNode truth, String role) {
    for (JsonNode axis : truth.get("axes")) {
      if (role.equals(axis.get("role").asText())) {
        return axis;
      }
    }
    return null;
  }

  private static Axis firstAxis(ChartRecord record, AxisRole role) {
    return record.axes().stream().filter(a -> a.role() == role).findFirst().orElse(null);
  }

  private static Set<String> seriesNames(ChartRecord record) {
    Set<String> names = new HashSet<>();
    for (Series series : record.series()) {
      names.add(series.name());
    }
    return names;
  }

  private static List<JsonNode> jsonLines(String resource) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (InputStream in = ParserAccuracyTest.class.getClassLoader().getResourceAsStream(resource);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          rows.add(JSON.readTree(line));
        }
      }
    }
    return rows;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ParserAccuracyTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
