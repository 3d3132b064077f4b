package io.chartdex.server.api;

import io.chartdex.model.ChartRecord;
import io.chartdex.search.StoredChart;
import java.util.Map;

/**
 * The answer to {@code GET /api/charts/{id}}: the parsed record and the original text.
 *
 * @param record what the parser made of the description
 * @param text the description as indexed
 * @param metadata extra fields carried from the input
 */
public record ChartResponse(ChartRecord record, String text, Map<String, String> metadata) {
  public ChartResponse {
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  public static ChartResponse of(StoredChart chart) {
    return new ChartResponse(chart.record(), chart.text(), chart.metadata());
  }
}
