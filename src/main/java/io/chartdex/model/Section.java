package io.chartdex.model;

/**
 * One section of the description, by heading.
 *
 * @param name canonical name: overview, axes, details, observations, interpretation, legend,
 *     summary, or "body" for text outside any recognised heading
 * @param heading the heading as written ("Detailed Analysis or ### Content Details"); null for body
 * @param text the section's full text (markdown markup removed)
 */
public record Section(String name, String heading, String text) {}
