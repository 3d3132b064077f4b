package io.chartdex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * What the parser made of one description: the stable JSON schema (see README, "Record schema").
 * Lists are never null; they are empty when the text states nothing.
 *
 * @param id stable document id
 * @param source where the description came from; may be null
 * @param title the chart's title; null when none is stated
 * @param chartType the type as written and normalised
 * @param axes the figure's axes: the shared ones, else the first panel's
 * @param series legend entries
 * @param models ML models and methods named, as written, without duplicates
 * @param colors colour words mentioned anywhere, lower-case, without duplicates
 * @param panels per-panel titles and axes of a multi-panel figure; empty for a single chart
 * @param sections the text by heading, in document order
 * @param warnings what could not be parsed
 */
@JsonPropertyOrder({
  "id",
  "source",
  "title",
  "chartType",
  "axes",
  "series",
  "models",
  "colors",
  "panels",
  "sections",
  "warnings"
})
public record ChartRecord(
    String id,
    String source,
    String title,
    ChartType chartType,
    List<Axis> axes,
    List<Series> series,
    List<String> models,
    List<String> colors,
    List<Panel> panels,
    List<Section> sections,
    List<ParseWarning> warnings) {
  public ChartRecord {
    Objects.requireNonNull(id, "id");
    chartType = chartType == null ? ChartType.unknown() : chartType;
    axes = copy(axes);
    series = copy(series);
    models = copy(models);
    colors = copy(colors);
    panels = copy(panels);
    sections = copy(sections);
    warnings = copy(warnings);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
