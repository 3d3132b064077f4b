package io.chartdex.model;

import java.util.List;

/**
 * One panel of a multi-panel figure ("(a) IoU" in a 3x2 grid).
 *
 * @param label the panel's letter or number as written ("a"); null when unlabelled
 * @param title the panel's own title; null when none
 * @param axes axes stated for this panel only
 */
public record Panel(String label, String title, List<Axis> axes) {
  public Panel {
    axes = axes == null ? List.of() : List.copyOf(axes);
  }
}
