package io.chartdex.parse;

import java.util.List;
import java.util.Locale;

/**
 * Headings → canonical section names (overview, axes, details, observations, interpretation,
 * legend, summary). Headings as different models write them: "Components/Axes", "Axis Labels and
 * Markers", "Detailed Analysis or ### Content Details", "Key Trends and Data Points". Stateless and
 * thread-safe; to recognise a new heading, add its keyword to {@link #RULES}.
 */
final class SectionNames {
  static final String BODY = "body";

  /** Keyword in the lower-cased heading → name; the first rule that matches wins. */
  private static final List<String[]> RULES =
      List.of(
          new String[] {"legend", "legend"},
          new String[] {"color scale", "legend"},
          new String[] {"colour scale", "legend"},
          new String[] {"overview", "overview"},
          new String[] {"image description", "overview"},
          new String[] {"description", "overview"},
          new String[] {"axis", "axes"},
          new String[] {"axes", "axes"},
          new String[] {"component", "axes"},
          new String[] {"observation", "observations"},
          new String[] {"interpretation", "interpretation"},
          new String[] {"summary", "summary"},
          new String[] {"conclusion", "summary"},
          new String[] {"takeaway", "summary"},
          new String[] {"detail", "details"},
          new String[] {"trend", "details"},
          new String[] {"data", "details"},
          new String[] {"analysis", "details"},
          new String[] {"visual element", "details"},
          new String[] {"panel", "details"});

  private SectionNames() {}

  /** The canonical name of a heading, or null when it names no known section. */
  static String of(String heading) {
    if (heading == null) {
      return null;
    }
    String lower = heading.toLowerCase(Locale.ROOT);
    for (String[] rule : RULES) {
      if (lower.contains(rule[0])) {
        return rule[1];
      }
    }
    return null;
  }
}
