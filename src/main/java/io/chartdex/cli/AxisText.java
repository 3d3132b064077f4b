package io.chartdex.cli;

import io.chartdex.model.Axis;
import java.math.BigDecimal;

/** One axis as a person reads it on a terminal: {@code Decoding Steps 0–250 step 25}. */
final class AxisText {
  private AxisText() {}

  static String of(Axis axis) {
    StringBuilder text = new StringBuilder(axis.label() == null ? "(no label)" : axis.label());
    if (axis.min() != null || axis.max() != null) {
      text.append(' ').append(number(axis.min())).append('–').append(number(axis.max()));
    }
    if (axis.step() != null) {
      text.append(" step ").append(number(axis.step()));
    }
    if (axis.scale() != null) {
      text.append(", ").append(axis.scale());
    }
    if (axis.unit() != null) {
      text.append(", unit ").append(axis.unit());
    }
    return text.toString();
  }

  /** 32000.0 prints as 32000 and 0.0001 as 0.0001; very large or small values in E notation. */
  static String number(Double value) {
    if (value == null) {
      return "?";
    }
    double abs = Math.abs(value);
    if (abs != 0 && (abs >= 1e12 || abs < 1e-6)) {
      return value.toString();
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
