package io.chartdex.model;

/**
 * One legend entry.
 *
 * @param name as written ("Pro", "n = 1")
 * @param color colour word as written ("green", "dark blue"); null when not stated
 * @param style line or marker style ("solid", "dashed", "circle markers"); null when not stated
 */
public record Series(String name, String color, String style) {}
