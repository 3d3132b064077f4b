/**
 * Parse: description text → {@link io.chartdex.model.ChartRecord}. {@link
 * io.chartdex.parse.ChartParser} is the entry point; it reads the markdown structure with
 * commonmark-java and hands each axis statement to {@link io.chartdex.parse.AxisReader}. The chart
 * semantics (types, axes, numbers, legends, models) are ours; markdown parsing is not.
 */
package io.chartdex.parse;
