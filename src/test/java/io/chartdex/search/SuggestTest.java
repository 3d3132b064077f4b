package io.chartdex.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.model.AxisRole;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.ChartType;
import io.chartdex.search.FacetResult.FacetValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestTest {
  @TempDir static Path directory;
  private static IndexedCharts charts;

  /** The samples plus a chart that writes the decoding axis in lower case. */
  @BeforeAll
  static void index() throws IOException {
    charts = new IndexedCharts(directory);
    List<ChartRecord> records = new ArrayList<>(SampleCharts.ALL);
    records.add(
        SampleCharts.chart(
            "lower-case-axis",
            "Draft Acceptance During Decoding",
            new ChartType("Heat map", "heatmap"),
            List.of(SampleCharts.axis(AxisRole.X, "decoding  steps", 0.0, 100.0)),
            List.of(),
            List.of("Pro"),
            "Acceptance per step.",
            "Drafts are accepted early."));
    charts.add(records);
  }

  @AfterAll
  static void close() throws IOException {
    charts.close();
  }

  @Test
  void axisLabelsCompleteAsWrittenWithCaseVariantsMerged() {
    assertThat(charts.searcher.suggest("axis", "dec", 10))
        .containsExactly(
            new Suggestion("Decoding Steps", "axis", 2),
            new Suggestion("Decoding Steps & Time", "axis", 1));
  }

  @Test
  void aWordInsideTheValueCompletesTooAfterValuesThatStartWithIt() {
    assertThat(charts.searcher.suggest("axis", "st", 10))
        .containsExactly(
            new Suggestion("Decoding Steps", "axis", 2),
            new Suggestion("Decoding Steps & Time", "axis", 1));
    assertThat(charts.searcher.suggest("title", "dec", 10))
        .containsExactly(
            new Suggestion("Draft Acceptance During Decoding", "title", 1),
            new Suggestion("Output Token Position Index vs. Decoding Steps", "title", 1));
  }

  @Test
  void withoutAFieldEveryKindCompletesByCount() {
    assertThat(charts.searcher.suggest(null, "pro", 10))
        .containsExactly(
            new Suggestion("Pro", "model", 2),
            new Suggestion("Performance Comparison of Pro and Ultra Models", "title", 1));
    assertThat(charts.searcher.suggest(null, "dec", 2))
        .containsExactly(
            new Suggestion("Decoding Steps", "axis", 2),
            new Suggestion("Decoding Steps & Time", "axis", 1));
  }

  @Test
  void chartTypesAndModelsComplete() {
    assertThat(charts.searcher.suggest("type", "h", 10))
        .containsExactly(new Suggestion("heatmap", "type", 2));
    assertThat(charts.searcher.suggest("model", "", 10))
        .containsExactly(
            new Suggestion("GPT-2", "model", 2),
            new Suggestion("Pro", "model", 2),
            new Suggestion("Llama", "model", 1),
            new Suggestion("Ultra", "model", 1));
  }

  @Test
  void unknownSuggestionFieldIsAnInvalidQuery() {
    assertThatThrownBy(() -> charts.searcher.suggest("colour", "b", 5))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("cannot suggest for 'colour' (known: type, axis, model, title)");
  }

  @Test
  void facetValuesStartingWithAPrefixAreCountedOverAllCharts() {
    assertThat(charts.searcher.facetValues("axis", "dec", 10))
        .isEqualTo(
            new FacetResult(
                "axis",
                "Axis",
                2,
                List.of(
                    new FacetValue("decoding steps", 2, false),
                    new FacetValue("decoding steps & time", 1, false))));
    assertThat(charts.searcher.facetValues("type", "", 2))
        .isEqualTo(
            new FacetResult(
                "type",
                "Chart type",
                4,
                List.of(new FacetValue("heatmap", 2, false), new FacetValue("line", 2, false))));
    assertThat(charts.searcher.facetValues("model", "x", 10).values()).isEmpty();
  }
}
