package io.chartdex.parse;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads axes from the text that states them: label, unit, numeric range, step and scale. Three
 * shapes are read: a bullet value ({@code Decoding Steps, ranging from 0 to 250 in increments of
 * 25.}), nested key lines ({@code Label: "Episode"\nRange: 0 to 1000}) and running prose ("The
 * horizontal axis, labelled "Age", runs from 10 to 90"). Numbers are read by {@link NumberReader},
 * extents and steps by {@link RangeReader}, labels by {@link AxisLabels}, units by {@link
 * UnitReader}. Never throws on any input and runs in time linear in the text length. Stateless and
 * thread-safe.
 */
final class AxisReader {

  private static final int MAX_KEY = 60;
  private static final Set<String> X_KEYS =
      Set.of(
          "x axis", "x", "xaxis", "horizontal axis", "horizontal", "bottom x axis", "top x axis");
  private static final Set<String> Y_KEYS =
      Set.of(
          "y axis",
          "y",
          "yaxis",
          "vertical axis",
          "vertical",
          "left y axis",
          "primary y axis",
          "left axis",
          "left vertical axis",
          "y1 axis",
          "y1");
  private static final Set<String> Y2_KEYS =
      Set.of(
          "y2 axis",
          "y2",
          "right y axis",
          "secondary y axis",
          "right axis",
          "secondary axis",
          "right vertical axis",
          "secondary vertical axis",
          "right hand y axis");
  private static final Set<String> COLORBAR_KEYS =
      Set.of(
          "color bar",
          "colour bar",
          "colorbar",
          "colourbar",
          "color scale",
          "colour scale",
          "z axis",
          "z",
          "color axis",
          "colour axis",
          "color bar legend",
          "colour bar legend",
          "colormap",
          "colourmap",
          "color map",
          "colour map",
          "color key",
          "colour key");

  /**
   * One axis from everything a description says about it, e.g. {@code "Decoding Steps, ranging from
   * 0 to 250 in increments of 25."} or nested key lines joined by newlines ({@code "Label:
   * \"Episode\"\nRange: 0 to 1000\nMajor ticks: 0, 200, ... (increments of 200)"}).
   */
  Axis read(AxisRole role, String text) {
    String t = stripMarkup(text);
    List<KeyedAxisText.KeyLine> lines = KeyedAxisText.keyLines(t);
    if (!lines.isEmpty()) {
      return KeyedAxisText.read(role, lines, text);
    }
    String label = AxisLabels.denied(t) ? null : AxisLabels.marked(t);
    if (label == null && !AxisLabels.denied(t)) {
      label = AxisLabels.leading(t);
    }
    return AxisStatement.read(role, label, AxisStatement.withoutLabel(t, label), text);
  }

  /**
   * The axis role a key names ("X-axis", "X-Axis (all panels)", "Horizontal axis", "Secondary
   * Y-axis", "Color bar", "Legend/Color bar"), or null when the key names no axis ("Legend", "Axis
   * Labels and Markers").
   */
  static AxisRole roleOf(String key) {
    if (key == null || key.length() > MAX_KEY) {
      return null;
    }
    for (String part : stripMarkup(key).split("/")) {
      AxisRole role = roleOfPart(part);
      if (role != null) {
        return role;
      }
    }
    return null;
  }

  /**
   * Axes stated in running prose ("The x-axis represents decoding steps, ranging from 0 to 250").
   */
  List<Axis> findInProse(String prose) {
    return ProseAxisFinder.find(prose);
  }

  private static AxisRole roleOfPart(String part) {
    String p = part.toLowerCase(Locale.ROOT).strip();
    while (p.endsWith(":")) {
      p = p.substring(0, p.length() - 1).strip();
    }
    int open = p.indexOf('(');
    String remark = open < 0 ? "" : p.substring(open);
    String base = open < 0 ? p : p.substring(0, open);
    int comma = base.indexOf(',');
    if (comma >= 0) {
      remark = remark + base.substring(comma);
      base = base.substring(0, comma);
    }
    base = base.replace('-', ' ').replace('_', ' ').replace('‑', ' ').replaceAll(" +", " ").strip();
    for (String tail : new String[] {" labels", " label", " title"}) {
      if (base.endsWith(tail)) {
        base = base.substring(0, base.length() - tail.length()).strip();
      }
    }
    AxisRole role = baseRole(base);
    if (role == AxisRole.Y && (remark.contains("right") || remark.contains("secondary"))) {
      return AxisRole.Y2;
    }
    return role;
  }

  private static AxisRole baseRole(String base) {
    if (X_KEYS.contains(base)) {
      return AxisRole.X;
    }
    if (Y_KEYS.contains(base)) {
      return AxisRole.Y;
    }
    if (Y2_KEYS.contains(base)) {
      return AxisRole.Y2;
    }
    return COLORBAR_KEYS.contains(base) ? AxisRole.COLORBAR : null;
  }

  /** Markdown emphasis and code marks removed; quotes stay for the label reader. */
  private static String stripMarkup(String text) {
    return text.replace("**", "").replace("__", "").replace("`", "");
  }
}
