package io.chartdex.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.search.InvalidQueryException;
import io.chartdex.search.RangeFilter;
import io.chartdex.search.SearchRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchParamsTest {

  private static Map<String, List<String>> params(String... nameValuePairs) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      map.computeIfAbsent(nameValuePairs[i], k -> new java.util.ArrayList<>())
          .add(nameValuePairs[i + 1]);
    }
    return map;
  }

  @Test
  void noParametersMeanEveryChartFirstPageWithDefaults() {
    SearchParams parsed = SearchParams.parse(params());

    assertThat(parsed.page()).isEqualTo(1);
    assertThat(parsed.request())
        .isEqualTo(
            SearchRequest.builder()
                .query("")
                .size(10)
                .offset(0)
                .facetLimit(10)
                .snippets(2)
                .snippetLength(160)
                .build());
  }

  @Test
  void repeatedFacetFiltersAreOredWithinADimension() {
    SearchRequest request =
        SearchParams.parse(
                params(
                    "q",
                    "axis:\"decoding steps\"",
                    "f.type",
                    "heatmap",
                    "f.type",
                    "line",
                    "f.model",
                    "Pro"))
            .request();

    assertThat(request.query()).isEqualTo("axis:\"decoding steps\"");
    assertThat(request.filters())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("type", List.of("heatmap", "line"), "model", List.of("Pro")));
  }

  @Test
  void rangesTakeOpenEndsAndARelation() {
    SearchRequest request =
        SearchParams.parse(
                params("range.x", "32000..", "range.y", "..0.5", "range.y.relation", "within"))
            .request();

    assertThat(request.ranges())
        .containsExactlyInAnyOrder(
            new RangeFilter("x", 32000.0, null, RangeFilter.Relation.INTERSECTS),
            new RangeFilter("y", null, 0.5, RangeFilter.Relation.WITHIN));
  }

  @Test
  void pageAndSizeBecomeAnOffset() {
    SearchParams parsed =
        SearchParams.parse(
            params("page", "3", "size", "20", "facets", "type, model", "snippets", "0"));

    assertThat(parsed.page()).isEqualTo(3);
    assertThat(parsed.request().offset()).isEqualTo(40);
    assertThat(parsed.request().size()).isEqualTo(20);
    assertThat(parsed.request().facets()).containsExactly("type", "model");
    assertThat(parsed.request().snippets()).isZero();
  }

  @Test
  void badValuesAreRefusedNamingTheParameter() {
    assertBadRequest(params("size", "1000"), "size must be 0..100: 1000");
    assertBadRequest(params("page", "0"), "page must be 1..2147483647: 0");
    assertBadRequest(params("page", "two"), "page must be an integer: \"two\"");
    assertBadRequest(params("snippetLength", "5"), "snippetLength must be 20..2000: 5");
    assertBadRequest(params("facetLimit", "0"), "facetLimit must be 1..1000: 0");
    assertBadRequest(
        params("range.x", "10"), "range.x must be min..max (either end may be empty): 10");
    assertBadRequest(params("range.x", "a..5"), "range.x bound is not a number: \"a\"");
    assertBadRequest(
        params("range.x", "1..", "range.x.relation", "near"),
        "range.x.relation must be intersects, within or contains: \"near\"");
    assertBadRequest(
        params("page", "1002", "size", "10"),
        "page 1002 starts beyond hit 10000: use cursor (nextCursor) to page deeper");
  }

  @Test
  void anInvertedRangeIsAnInvalidQuery() {
    assertThatThrownBy(() -> SearchParams.parse(params("range.x", "5..1")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("range filter on x: min 5.0 is greater than max 1.0");
  }

  private static void assertBadRequest(Map<String, List<String>> params, String message) {
    assertThatThrownBy(() -> SearchParams.parse(params))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.code()).isEqualTo("bad_request");
            })
        .hasMessage(message);
  }
}
