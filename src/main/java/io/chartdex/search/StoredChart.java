package io.chartdex.search;

import io.chartdex.model.ChartRecord;
import java.util.Map;

/**
 * A chart as the index keeps it: the parsed record and the original text.
 *
 * @param record what the parser made of the text
 * @param text the description exactly as it was indexed
 * @param metadata extra fields carried from the input
 */
public record StoredChart(ChartRecord record, String text, Map<String, String> metadata) {}
