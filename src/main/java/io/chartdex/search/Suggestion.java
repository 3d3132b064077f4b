package io.chartdex.search;

/**
 * One as-you-type completion.
 *
 * @param text the completed value ("Decoding Steps")
 * @param field what it completes: "axis", "model", "title" or "type"
 * @param weight how many charts carry it
 */
public record Suggestion(String text, String field, long weight) {}
