package io.chartdex.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.search.FacetResult.FacetValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartSearcherTest {
  @TempDir static Path directory;
  private static IndexedCharts charts;

  @BeforeAll
  static void indexSampleCharts() throws IOException {
    charts = new IndexedCharts(directory);
    charts.add(SampleCharts.ALL);
  }

  @AfterAll
  static void close() throws IOException {
    charts.close();
  }

  private static SearchResult search(String query) {
    return charts.searcher.search(SearchRequest.of(query));
  }

  private static List<String> ids(String query) {
    return ids(search(query));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  private static FacetResult facet(SearchResult result, String dimension) {
    return result.facets().stream()
        .filter(f -> f.dimension().equals(dimension))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void axisPhraseFindsTheChartWithThatAxisLabelAndMarksThePhraseWhole() {
    SearchResult result = search("axis:\"Decoding Steps\"");

    assertThat(ids(result)).containsExactly("decoding-steps", "markup");
    assertThat(result.hits().get(0).snippets())
        .containsExactly(
            new Snippet("axis.x", "X axis", List.of("<mark>Decoding Steps</mark>"), true));
    assertThat(result.hits().get(1).snippets())
        .containsExactly(
            new Snippet(
                "axis.x", "X axis", List.of("<mark>Decoding Steps</mark> &amp; Time"), true));
  }

  @Test
  void aliasesSearchTheirFields() {
    assertThat(ids("type:heatmap")).containsExactly("decoding-steps");
    assertThat(ids("model:pro")).containsExactly("pro-ultra-nll");
    assertThat(ids("series:\"GPT-2\"")).containsExactly("batch-latency");
    assertThat(ids("model:\"GPT-2\"")).containsExactly("batch-latency", "model-accuracy");
    assertThat(ids("title:accuracy")).containsExactly("model-accuracy");
    assertThat(ids("y:nll")).containsExactly("pro-ultra-nll");
    assertThat(ids("x:nll")).isEmpty();
    assertThat(ids("text:transition")).containsExactly("decoding-steps");
    assertThat(ids("source:tests")).hasSize(5);
    assertThat(ids("*:*")).hasSize(5);
  }

  @Test
  void querySynonymsMatchTheOtherSpelling() {
    assertThat(ids("type:\"heat map\"")).containsExactly("decoding-steps");
    SearchResult nll = search("nll");
    assertThat(ids(nll)).containsExactly("pro-ultra-nll");
    assertThat(nll.hits().get(0).snippets())
        .containsExactly(
            new Snippet("axis.y", "Y axis", List.of("<mark>NLL</mark>"), true),
            new Snippet(
                "text",
                "Description",
                List.of(
                    "The chart compares the <mark>negative log-likelihood</mark> of two models across sequence positions."),
                true));
  }

  @Test
  void booleanOperatorsCombineClauses() {
    assertThat(ids("latency OR nll"))
        .containsExactlyInAnyOrder("batch-latency", "model-accuracy", "pro-ultra-nll");
    assertThat(ids("latency AND NOT title:token")).containsExactly("model-accuracy");
    assertThat(ids("latency -model:llama")).containsExactly("batch-latency");
    assertThat(ids("heatmap decoding")).containsExactly("decoding-steps");
    assertThat(ids("heatmap ultra")).isEmpty();
  }

  @Test
  void titleMatchOutranksAPassingMentionInTheInterpretation() {
    SearchResult result = search("latency");

    assertThat(ids(result)).containsExactly("batch-latency", "model-accuracy");
    assertThat(result.hits().get(0).score()).isGreaterThan(result.hits().get(1).score() * 2);
    assertThat(result.hits().get(0).snippets())
        .containsExactly(
            new Snippet(
                "title", "Title", List.of("Token <mark>Latency</mark> by Batch Size"), true),
            new Snippet("axis.y", "Y axis", List.of("<mark>Latency</mark> (ms)"), true));
  }

  @Test
  void xRangeReachingThirtyTwoThousandFindsTheSequenceChartOnly() {
    assertThat(ids("x:[32000 TO *]")).containsExactly("pro-ultra-nll");
    assertThat(ids("x:[32K TO *]")).containsExactly("pro-ultra-nll");
    assertThat(ids("x:[251 TO 1000]")).containsExactly("pro-ultra-nll");
    assertThat(ids("x:[0 TO 250]"))
        .containsExactly("batch-latency", "decoding-steps", "markup", "pro-ultra-nll");
    assertThat(ids("y:[300 TO *] AND latency")).containsExactly("batch-latency");
    assertThat(ids("axis:[300 TO *]")).containsExactly("batch-latency", "pro-ultra-nll");
  }

  @Test
  void rangeFiltersRelateTheAxisRangeToTheQueryRange() {
    SearchResult within =
        charts.searcher.search(
            SearchRequest.builder()
                .range(new RangeFilter("x", 0.0, 300.0, RangeFilter.Relation.WITHIN))
                .build());
    SearchResult contains =
        charts.searcher.search(
            SearchRequest.builder()
                .range(new RangeFilter("x", 10.0, 100.0, RangeFilter.Relation.CONTAINS))
                .build());
    SearchResult anyAxis =
        charts.searcher.search(
            SearchRequest.builder().range(RangeFilter.overlapping("any", 300.0, null)).build());

    assertThat(ids(within)).containsExactly("batch-latency", "decoding-steps", "markup");
    assertThat(ids(contains)).containsExactly("decoding-steps", "pro-ultra-nll");
    assertThat(ids(anyAxis)).containsExactly("batch-latency", "pro-ultra-nll");
    assertThatThrownBy(
            () ->
                charts.searcher.search(
                    SearchRequest.builder().range(RangeFilter.overlapping("z", 1.0, null)).build()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("unknown axis role 'z' (known: x, y, y2, colorbar, any)");
  }

  @Test
  void syntaxErrorSaysWhere() {
    assertThatThrownBy(() -> search("axis:(decoding"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("Cannot parse 'axis:(decoding': Encountered \"<EOF>\" at line 1, column 14.");
    assertThatThrownBy(() -> search("x:[abc TO 5]"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("Cannot parse 'x:[abc TO 5]': 'abc' is not a number (range on x:)");
  }

  @Test
  void pathologicalQueriesAreRefusedNotRun() {
    assertThatThrownBy(() -> search("*coding"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("'*' or '?' not allowed as first character in WildcardQuery");
    assertThatThrownBy(() -> search("a ".repeat(1_001)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("query too long: 2002 characters, at most 2000");
  }

  @Test
  void unknownFieldNameIsSearchedAsWords() {
    assertThat(ids("measured:latency")).containsExactly("model-accuracy");
    assertThat(ids("foo:bar")).isEmpty();
  }

  @Test
  void facetsCountEveryMatchingChart() {
    SearchResult all = search("");

    assertThat(all.total()).isEqualTo(5);
    assertThat(facet(all, "type"))
        .isEqualTo(
            new FacetResult(
                "type",
                "Chart type",
                4,
                List.of(
                    new FacetValue("line", 2, false),
                    new FacetValue("bar", 1, false),
                    new FacetValue("heatmap", 1, false),
                    new FacetValue("scatter", 1, false))));
    assertThat(facet(all, "model").values())
        .containsExactly(
            new FacetValue("GPT-2", 2, false),
            new FacetValue("Llama", 1, false),
            new FacetValue("Pro", 1, false),
            new FacetValue("Ultra", 1, false));
    assertThat(facet(all, "axis").valueCount()).isEqualTo(9);
    assertThat(all.facets().stream().map(FacetResult::dimension))
        .containsExactly("type", "axis", "model", "series", "source", "color");
  }

  @Test
  void drillDownOnChartTypeKeepsSidewaysCounts() {
    SearchResult heatmaps =
        charts.searcher.search(SearchRequest.builder().filter("type", "heatmap").build());

    assertThat(ids(heatmaps)).containsExactly("decoding-steps");
    assertThat(facet(heatmaps, "type").values())
        .containsExactly(
            new FacetValue("line", 2, false),
            new FacetValue("bar", 1, false),
            new FacetValue("heatmap", 1, true),
            new FacetValue("scatter", 1, false));
    assertThat(facet(heatmaps, "axis").values())
        .containsExactly(
            new FacetValue("decoding steps", 1, false),
            new FacetValue("output token position index", 1, false));
  }

  @Test
  void valuesOfOneDimensionAreOredAndDimensionsAnded() {
    SearchResult either =
        charts.searcher.search(
            SearchRequest.builder().filter("type", "heatmap", "scatter").build());
    SearchResult both =
        charts.searcher.search(
            SearchRequest.builder().filter("type", "line").filter("model", "GPT-2").build());

    assertThat(ids(either)).containsExactly("decoding-steps", "markup");
    assertThat(ids(both)).containsExactly("batch-latency");
    assertThat(facet(both, "type").values())
        .containsExactly(new FacetValue("bar", 1, false), new FacetValue("line", 1, true));
  }

  @Test
  void selectedValuesAreListedEvenWithoutMatches() {
    SearchResult result =
        charts.searcher.search(
            SearchRequest.builder()
                .query("latency")
                .filter("type", "Pie")
                .facets(List.of("type"))
                .facetLimit(1)
                .build());

    assertThat(result.total()).isZero();
    assertThat(result.facets())
        .containsExactly(
            new FacetResult(
                "type",
                "Chart type",
                2,
                List.of(new FacetValue("bar", 1, false), new FacetValue("pie", 0, true))));
  }

  @Test
  void unknownFacetIsAnInvalidQuery() {
    assertThatThrownBy(
            () -> charts.searcher.search(SearchRequest.builder().filter("flavour", "x").build()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("unknown facet 'flavour' (known: type, axis, model, series, source, color)");
  }

  @Test
  void snippetsEscapeMarkupInTheText() {
    SearchResult result = search("script");

    assertThat(result.hits().get(0).snippets())
        .containsExactly(
            new Snippet(
                "title",
                "Title",
                List.of("Rendering &lt;<mark>script</mark>&gt; Tags Safely"),
                true),
            new Snippet(
                "text",
                "Description",
                List.of(
                    "Points show when &lt;<mark>script</mark>&gt;alert(1)&lt;&#x2F;<mark>script</mark>&gt; ran."),
                true));
  }

  @Test
  void chartsMatchedOnlyByFiltersGetTheOverviewAsSummary() {
    SearchResult result =
        charts.searcher.search(SearchRequest.builder().filter("type", "heatmap").build());
    SearchResult shorter =
        charts.searcher.search(
            SearchRequest.builder().filter("type", "heatmap").snippetLength(60).build());

    assertThat(result.hits().get(0).score()).isZero();
    assertThat(result.hits().get(0).snippets())
        .containsExactly(
            new Snippet(
                "overview",
                "Overview",
                List.of(
                    "The image is a heatmap visualizing the relationship between the output token position index and decoding steps. A blue line indicates a transition."),
                false));
    assertThat(shorter.hits().get(0).snippets().get(0).fragments())
        .containsExactly(
            "The image is a heatmap visualizing the relationship between the output token position index and decoding steps.");
  }

  @Test
  void snippetCountAndLengthFollowTheRequest() {
    SearchResult none =
        charts.searcher.search(SearchRequest.builder().query("heatmap").snippets(0).build());
    SearchResult one =
        charts.searcher.search(SearchRequest.builder().query("heatmap").snippets(1).build());

    assertThat(none.hits().get(0).snippets()).isEmpty();
    assertThat(one.hits().get(0).snippets())
        .containsExactly(
            new Snippet(
                "text",
                "Description",
                List.of(
                    "The <mark>heatmap</mark> visualizes the token generation process during decoding."),
                true));
  }

  @Test
  void pagesByOffsetAndByCursorInScoreThenIdOrder() {
    SearchRequest.Builder firstPage = SearchRequest.builder().size(2);
    SearchResult page1 = charts.searcher.search(firstPage.build());
    SearchResult page2 =
        charts.searcher.search(SearchRequest.builder().size(2).cursor(page1.nextCursor()).build());
    SearchResult page3 =
        charts.searcher.search(SearchRequest.builder().size(2).cursor(page2.nextCursor()).build());
    SearchResult byOffset =
        charts.searcher.search(SearchRequest.builder().size(2).offset(2).build());

    assertThat(ids(page1)).containsExactly("batch-latency", "decoding-steps");
    assertThat(ids(page2)).containsExactly("markup", "model-accuracy");
    assertThat(ids(page3)).containsExactly("pro-ultra-nll");
    assertThat(page3.nextCursor()).isNull();
    assertThat(ids(byOffset)).isEqualTo(ids(page2));
    assertThat(page2.total()).isEqualTo(5);
  }

  @Test
  void cursorContinuesARankedQuery() {
    SearchResult all =
        charts.searcher.search(
            SearchRequest.builder().query("latency OR heatmap OR nll").size(10).build());
    SearchResult first =
        charts.searcher.search(
            SearchRequest.builder().query("latency OR heatmap OR nll").size(2).build());
    SearchResult rest =
        charts.searcher.search(
            SearchRequest.builder()
                .query("latency OR heatmap OR nll")
                .size(10)
                .cursor(first.nextCursor())
                .build());

    assertThat(ids(all)).hasSize(4);
    assertThat(concat(ids(first), ids(rest))).isEqualTo(ids(all));
    assertThatThrownBy(
            () -> charts.searcher.search(SearchRequest.builder().cursor("nonsense").build()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("invalid cursor 'nonsense': use the nextCursor of a result");
  }

  @Test
  void getReturnsTheStoredRecordAndText() {
    StoredChart stored = charts.searcher.get("pro-ultra-nll").orElseThrow();

    assertThat(stored.record()).isEqualTo(SampleCharts.NLL);
    assertThat(stored.text()).isEqualTo("text of pro-ultra-nll");
    assertThat(charts.searcher.get("nope")).isEmpty();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
