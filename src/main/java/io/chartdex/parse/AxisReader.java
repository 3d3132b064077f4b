package io.chartdex.parse;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import java.util.List;

/**
 * Reads axes from the text that states them: label, unit, numeric range, step and scale. Stateless
 * and thread-safe.
 *
 * <p>CONTRACT STUB: the real implementation replaces these bodies; the signatures stay.
 */
final class AxisReader {

  /**
   * One axis from everything a description says about it, e.g. {@code "Decoding Steps, ranging from
   * 0 to 250 in increments of 25."} or nested key lines joined by newlines ({@code "Label:
   * \"Episode\"\nRange: 0 to 1000\nMajor ticks: 0, 200, ... (increments of 200)"}).
   */
  Axis read(AxisRole role, String text) {
    return new Axis(role, text.strip(), null, null, null, null, null, text);
  }

  /**
   * The axis role a key names ("X-axis", "X-Axis (all panels)", "Horizontal axis", "Secondary
   * Y-axis", "Color bar"), or null when the key names no axis.
   */
  static AxisRole roleOf(String key) {
    return null;
  }

  /**
   * Axes stated in running prose ("The x-axis represents decoding steps, ranging from 0 to 250").
   */
  List<Axis> findInProse(String prose) {
    return List.of();
  }
}
