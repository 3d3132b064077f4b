package io.chartdex.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.index.IndexReport;
import io.chartdex.ingest.BundledSamples;
import io.chartdex.model.Description;
import io.chartdex.search.FacetResult;
import io.chartdex.search.InvalidQueryException;
import io.chartdex.search.RangeFilter;
import io.chartdex.search.SearchHit;
import io.chartdex.search.SearchRequest;
import io.chartdex.search.SearchResult;
import io.chartdex.search.Snippet;
import io.chartdex.search.Suggestion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link ChartEngine} must do the same way, whatever stands behind it: run unchanged
 * against the embedded index and against OpenSearch (one shard, so scores and order agree). A
 * backend's test extends this and says how to open its engine over an empty index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChartEngineContract {
  private ChartEngine engine;
  private IndexReport report;

  /** An engine over an empty index, with the bundled configuration. */
  protected abstract ChartEngine openEngine(Path directory) throws IOException;

  @BeforeAll
  void indexBundledSamples(@TempDir Path directory) throws IOException {
    engine = openEngine(directory);
    report = engine.index(new BundledSamples(), ChartEngine.IndexProgress.NONE);
  }

  @AfterAll
  void closeEngine() throws IOException {
    engine.close();
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  private static Map<String, Long> counts(FacetResult facet) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    facet.values().forEach(v -> counts.put(v.value(), v.count()));
    return counts;
  }

  @Test
  void indexesEveryBundledSample() throws IOException {
    assertThat(report.indexed()).isEqualTo(62);
    assertThat(report.failures()).isEmpty();
    assertThat(report.bytes()).isEqualTo(133_875);
    assertThat(engine.stats().documents()).isEqualTo(62);
  }

  @Test
  void rankedHitsForWordsArriveInTheSameOrder() {
    SearchResult result = engine.search(SearchRequest.builder().query("accuracy").size(8).build());

    assertThat(result.total()).isEqualTo(ACCURACY_TOTAL);
    assertThat(ids(result)).containsExactlyElementsOf(ACCURACY_TOP);
  }

  @Test
  void axisPhraseFindsTheDecodingStepsChartWithTheLabelMarked() {
    SearchResult result = engine.search(SearchRequest.of("axis:\"Decoding Steps\""));

    assertThat(ids(result).get(0)).isEqualTo("decoding-steps-heatmap.md");
    assertThat(result.hits().get(0).snippets().get(0))
        .isEqualTo(new Snippet("axis.x", "X axis", List.of("<mark>Decoding Steps</mark>"), true));
  }

  @Test
  void choosingAChartTypeKeepsTheOtherTypesCountsSideways() {
    SearchRequest all = SearchRequest.builder().facets(List.of("type")).facetLimit(100).build();
    SearchRequest heatmaps =
        SearchRequest.builder()
            .filter("type", "heatmap")
            .facets(List.of("type", "model"))
            .facetLimit(100)
            .build();

    Map<String, Long> unfiltered = counts(engine.search(all).facets().get(0));
    SearchResult chosen = engine.search(heatmaps);

    assertThat(unfiltered).isEqualTo(TYPE_COUNTS);
    assertThat(counts(chosen.facets().get(0))).isEqualTo(unfiltered);
    assertThat(chosen.total()).isEqualTo(unfiltered.get("heatmap"));
    assertThat(chosen.facets().get(0).values())
        .filteredOn(FacetResult.FacetValue::selected)
        .extracting(FacetResult.FacetValue::value)
        .containsExactly("heatmap");
    assertThat(counts(chosen.facets().get(1))).isEqualTo(HEATMAP_MODELS);
  }

  @Test
  void axisRangeFilterAndRangeSyntaxAgree() {
    SearchRequest filter =
        SearchRequest.builder()
            .range(RangeFilter.overlapping("x", 32000.0, null))
            .size(100)
            .build();
    SearchRequest syntax = SearchRequest.builder().query("x:[32000 TO *]").size(100).build();

    assertThat(ids(engine.search(filter))).containsExactlyInAnyOrderElementsOf(REACHING_32K);
    assertThat(ids(engine.search(syntax))).containsExactlyInAnyOrderElementsOf(REACHING_32K);
  }

  @Test
  void cursorPagesContinueWhereOffsetPagesDo() {
    SearchResult first =
        engine.search(SearchRequest.builder().query("model OR loss").size(5).build());
    SearchResult byCursor =
        engine.search(
            SearchRequest.builder()
                .query("model OR loss")
                .size(5)
                .cursor(first.nextCursor())
                .build());
    SearchResult byOffset =
        engine.search(SearchRequest.builder().query("model OR loss").size(5).offset(5).build());

    assertThat(first.nextCursor()).isNotNull();
    assertThat(ids(byCursor)).isEqualTo(ids(byOffset)).hasSize(5);
  }

  @Test
  void highlightsEscapeMarkupInTheText() throws IOException {
    engine.add(
        List.of(
            new Description(
                "extra/markup.md",
                "tests",
                "## Line Chart: Zebra stripes & \"counts\" <3 a/b\n### Overview\nZebra stripes counted.")));

    SearchHit hit = engine.search(SearchRequest.of("title:zebra")).hits().get(0);

    assertThat(hit.snippets().get(0))
        .isEqualTo(
            new Snippet(
                "title",
                "Title",
                List.of("<mark>Zebra</mark> stripes &amp; &quot;counts&quot; &lt;3 a&#x2F;b"),
                true));
    assertThat(engine.delete("extra/markup.md")).isTrue();
  }

  @Test
  void addedChartsCanBeReadBackAndDeleted() throws IOException {
    String text =
        "## Line Chart: Quasar Brightness\n### Overview\nA line chart of quasar brightness.";
    engine.add(List.of(new Description("extra/quasar.md", "tests", text)));

    assertThat(ids(engine.search(SearchRequest.of("quasar")))).containsExactly("extra/quasar.md");
    assertThat(engine.get("extra/quasar.md").orElseThrow().text()).isEqualTo(text);
    assertThat(engine.delete("extra/quasar.md")).isTrue();
    assertThat(engine.delete("extra/quasar.md")).isFalse();
    assertThat(engine.get("extra/quasar.md")).isEmpty();
    assertThat(engine.search(SearchRequest.of("quasar")).total()).isZero();
  }

  @Test
  void suggestionsAndFacetValuesAgree() {
    List<Suggestion> axes = engine.suggest("axis", "acc", 3);
    FacetResult models = engine.facetValues("model", "gp", 5);

    assertThat(axes).isEqualTo(AXIS_SUGGESTIONS);
    assertThat(models).isEqualTo(GP_MODELS);
  }

  @Test
  void unknownFacetsAndBadSyntaxAreTheUsersError() {
    assertThatThrownBy(() -> engine.search(SearchRequest.builder().facets(List.of("nope")).build()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith("unknown facet 'nope'");
    assertThatThrownBy(() -> engine.search(SearchRequest.of("title:(unclosed")))
        .isInstanceOf(InvalidQueryException.class);
  }

  // Expected values, the same for every backend (measured on the embedded index).
  private static final String DESCRIBED = "charxiv-described/charxiv-val-";
  static final long ACCURACY_TOTAL = 7;
  static final List<String> ACCURACY_TOP =
      List.of("1845", "154", "1634", "51", "1925", "214", "1044").stream()
          .map(n -> DESCRIBED + n + ".md")
          .toList();
  static final Map<String, Long> TYPE_COUNTS =
      Map.ofEntries(
          Map.entry("line", 12L),
          Map.entry("scatter", 9L),
          Map.entry("grouped bar", 8L),
          Map.entry("heatmap", 6L),
          Map.entry("box", 5L),
          Map.entry("histogram", 5L),
          Map.entry("bar", 4L),
          Map.entry("density", 3L),
          Map.entry("area", 2L),
          Map.entry("diagram", 2L),
          Map.entry("other", 2L),
          Map.entry("confusion matrix", 1L),
          Map.entry("contour", 1L),
          Map.entry("stacked bar", 1L),
          Map.entry("violin", 1L));
  static final Map<String, Long> HEATMAP_MODELS =
      Map.of(
          "Gaussian process",
          1L,
          "Pro",
          1L,
          "Ultra",
          1L,
          "decision tree",
          1L,
          "k-means",
          1L,
          "random forest",
          1L,
          "support vector machine",
          1L);
  static final List<String> REACHING_32K = List.of(DESCRIBED + "27.md", "pro-ultra-nll.md");
  static final List<Suggestion> AXIS_SUGGESTIONS =
      List.of(
          new Suggestion("Accuracy", "axis", 3),
          new Suggestion("accuracy distribution", "axis", 1));
  static final FacetResult GP_MODELS =
      new FacetResult(
          "model",
          "Model",
          4,
          List.of(
              new FacetResult.FacetValue("GPT-3.5", 2, false),
              new FacetResult.FacetValue("GPT-4", 2, false),
              new FacetResult.FacetValue("GP-net", 1, false),
              new FacetResult.FacetValue("GPT-2", 1, false)));
}
