package io.chartdex.parse;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import java.util.List;

/**
 * Turns the text an axis statement gives besides its label into an {@link Axis}: range, lower
 * bound, step, scale and unit. A numeric axis whose scale is not stated is linear; a category axis
 * (no numbers) has no scale. Stateless and thread-safe.
 */
final class AxisStatement {

  private AxisStatement() {}

  /**
   * @param label the label already found, or null
   * @param body the statement without its label, where numbers are read
   * @param raw the text the axis was read from, kept on the axis
   */
  static Axis read(AxisRole role, String label, String body, String raw) {
    RangeReader.Range range = RangeReader.first(body);
    List<Quantity> ticks = RangeReader.tickList(body);
    Double min = range == null ? RangeReader.lowerBound(body) : Double.valueOf(range.min());
    Double max = range == null ? null : range.max();
    boolean percent = range != null && range.percent();
    if (range == null && ticks.size() >= 2) {
      min = ticks.get(0).value();
      max = ticks.get(ticks.size() - 1).value();
      percent = ticks.get(0).percent() || ticks.get(ticks.size() - 1).percent();
    }
    Double step = RangeReader.step(body);
    return complete(
        role,
        label,
        body,
        min,
        max,
        step != null ? step : RangeReader.evenStep(ticks),
        percent,
        raw);
  }

  /**
   * An axis from parts already read; fills scale and unit from the label and body. The extent is
   * put in order, since reversed axes list their ticks high to low ("ticks at 100, 50, 0").
   */
  static Axis complete(
      AxisRole role,
      String label,
      String body,
      Double min,
      Double max,
      Double step,
      boolean percentRange,
      String raw) {
    String scale = ScaleReader.read(body);
    if (scale == null && (min != null || max != null || step != null)) {
      scale = "linear";
    }
    String unit = UnitReader.fromLabel(label);
    if (unit == null) {
      unit = UnitReader.fromStatement(body, percentRange);
    }
    if (min != null && max != null && min > max) {
      return new Axis(role, label, unit, max, min, step, scale, raw);
    }
    return new Axis(role, label, unit, min, max, step, scale, raw);
  }

  /** Whether the axis says anything beyond its role. */
  static boolean statesSomething(Axis a) {
    return a.label() != null
        || a.min() != null
        || a.max() != null
        || a.step() != null
        || a.scale() != null
        || a.unit() != null;
  }

  /** The text with the first occurrence of the label blanked out, so label digits are not read. */
  static String withoutLabel(String text, String label) {
    if (label == null) {
      return text;
    }
    int at = text.indexOf(label);
    return at < 0 ? text : text.substring(0, at) + " " + text.substring(at + label.length());
  }
}
