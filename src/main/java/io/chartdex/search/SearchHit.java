package io.chartdex.search;

import io.chartdex.model.Axis;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.ChartType;
import io.chartdex.model.Series;
import java.util.List;

/**
 * One matching chart: its structure at a glance and why it matched.
 *
 * @param id document id
 * @param title the chart's title, or null
 * @param chartType type as written and normalised
 * @param axes the figure's axes with labels and ranges
 * @param models models named
 * @param series legend entry names
 * @param source where the description came from, or null
 * @param score relevance score (0 when no query text was given)
 * @param snippets highlighted passages by field, most telling first
 */
public record SearchHit(
    String id,
    String title,
    ChartType chartType,
    List<Axis> axes,
    List<String> models,
    List<String> series,
    String source,
    float score,
    List<Snippet> snippets) {
  /** The hit for a stored record: its structure at a glance, with this score and these snippets. */
  public static SearchHit of(ChartRecord record, float score, List<Snippet> snippets) {
    return new SearchHit(
        record.id(),
        record.title(),
        record.chartType(),
        record.axes(),
        record.models(),
        record.series().stream().map(Series::name).toList(),
        record.source(),
        score,
        snippets);
  }

  public SearchHit {
    axes = List.copyOf(axes);
    models = List.copyOf(models);
    series = List.copyOf(series);
    snippets = List.copyOf(snippets);
  }
}
