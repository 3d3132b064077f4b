package io.chartdex.model;

/**
 * The chart type as written in the description and normalised to the vocabulary in {@code
 * index-config/chart-types.json}.
 *
 * @param raw as written ("Heat map", "Line Graphs"); null when the text names no type
 * @param normalized the vocabulary term ("heatmap", "line", "grouped bar"); "other" when unknown
 */
public record ChartType(String raw, String normalized) {
  public static final String OTHER = "other";

  public static ChartType unknown() {
    return new ChartType(null, OTHER);
  }
}
