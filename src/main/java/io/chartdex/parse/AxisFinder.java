package io.chartdex.parse;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import io.chartdex.model.ParseWarning;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The figure's axes: from axis bullets ({@code * **X-axis:** …}, nested key lines), from {@code
 * #### X-Axis} subsections, else from prose. The first statement of a role wins: shared axes come
 * first in descriptions, panel-specific ones after. Reading each statement is {@link AxisReader}'s
 * job. Immutable and thread-safe.
 */
final class AxisFinder {
  /** Text that states a numeric range ("0 to 250", "(0–60%)") which the reader should have read. */
  private static final Pattern STATED_RANGE =
      Pattern.compile("-?\\d[\\d.,]*\\s*[%KMBkmb]?\\s*(?:to|–|—|-)\\s*-?\\d");

  private final AxisReader reader;

  AxisFinder(AxisReader reader) {
    this.reader = reader;
  }

  /** The axes, at most one per role, in the order stated; warnings for ranges it could not read. */
  List<Axis> find(Outline outline, List<ParseWarning> warnings) {
    Map<AxisRole, Axis> byRole = new EnumMap<>(AxisRole.class);
    List<Axis> ordered = new ArrayList<>();
    outline.forEachItem(
        item -> {
          AxisRole role = AxisReader.roleOf(item.key() == null ? "" : item.key());
          if (item.key() != null && role != null && !byRole.containsKey(role)) {
            add(reader.read(role, item.valueWithChildren()), byRole, ordered);
          }
        });
    for (OutlineSection section : outline.sections()) {
      AxisRole role = section.heading() == null ? null : AxisReader.roleOf(section.heading());
      if (role != null && !byRole.containsKey(role) && !section.text().isBlank()) {
        add(reader.read(role, section.text()), byRole, ordered);
      }
    }
    if (ordered.isEmpty()) {
      for (Axis axis : reader.findInProse(outline.plainText())) {
        if (axis != null && axis.role() != null && !byRole.containsKey(axis.role())) {
          add(axis, byRole, ordered);
        }
      }
    }
    for (Axis axis : ordered) {
      if ((axis.min() == null || axis.max() == null)
          && axis.raw() != null
          && STATED_RANGE.matcher(axis.raw()).find()) {
        warnings.add(
            new ParseWarning(
                "axis-range-unparsed",
                axis.role().code() + "-axis range not read from: " + Excerpt.of(axis.raw())));
      }
    }
    return ordered;
  }

  private static void add(Axis axis, Map<AxisRole, Axis> byRole, List<Axis> ordered) {
    if (axis != null) {
      byRole.put(axis.role(), axis);
      ordered.add(axis);
    }
  }
}
