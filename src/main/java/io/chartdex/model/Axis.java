package io.chartdex.model;

/**
 * One axis as the description states it. Every field but role may be null: null means the text does
 * not say.
 *
 * @param role x, y, y2 or colorbar
 * @param label as written ("Decoding Steps", "BMSE (dB)"), quotes and markup removed
 * @param unit from "(ms)", ", in %" or a percent range ("%", "ms", "dB")
 * @param min numeric lower end (32K is 32000, 60% is 60, 10^-4 is 0.0001)
 * @param max numeric upper end
 * @param step tick increment when stated ("in increments of 25")
 * @param scale "linear" or "log" when stated
 * @param raw the text the axis was read from
 */
public record Axis(
    AxisRole role,
    String label,
    String unit,
    Double min,
    Double max,
    Double step,
    String scale,
    String raw) {}
