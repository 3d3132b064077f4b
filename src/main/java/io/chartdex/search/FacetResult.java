package io.chartdex.search;

import java.util.List;

/**
 * Counts for one facet dimension.
 *
 * @param dimension the dimension name from index-config ("type", "axis", "model", "series",
 *     "source")
 * @param label human label from index-config ("Chart type")
 * @param valueCount how many distinct values the dimension has among the matching charts
 * @param values the top values by count (then value), plus every selected value
 */
public record FacetResult(String dimension, String label, int valueCount, List<FacetValue> values) {
  public FacetResult {
    values = List.copyOf(values);
  }

  /**
   * One facet value.
   *
   * @param value the canonical value ("heatmap", "decoding steps")
   * @param count charts with this value among those matching the query and the other dimensions'
   *     filters
   * @param selected whether the request chose it
   */
  public record FacetValue(String value, long count, boolean selected) {}
}
