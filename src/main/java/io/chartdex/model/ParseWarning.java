package io.chartdex.model;

/**
 * Something the parser could not read, kept on the record instead of failing the document.
 *
 * @param code stable machine-readable code ("no-chart-type", "axis-range-unparsed", ...)
 * @param message what was not understood, quoting the input where useful
 */
public record ParseWarning(String code, String message) {}
