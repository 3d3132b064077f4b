package io.chartdex.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which axis of a chart: its JSON form is the lower-case code ("x", "y", "y2", "colorbar"). */
public enum AxisRole {
  X("x"),
  Y("y"),
  /** A secondary y-axis, usually on the right. */
  Y2("y2"),
  /** A colour bar or z-axis (heatmaps, contour plots). */
  COLORBAR("colorbar");

  private final String code;

  AxisRole(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** Parses the JSON code; accepts the enum name too. */
  @JsonCreator
  public static AxisRole fromCode(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (AxisRole role : values()) {
      if (role.code.equals(c) || role.name().toLowerCase(Locale.ROOT).equals(c)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown axis role: " + code);
  }
}
