package io.chartdex.parse;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: a simple line scan of a markdown description that hands each axis statement to an
 * {@link AxisReader} the way the parser does: a bullet's value with its child bullets as "Key:
 * value" lines, an axis heading's bullets as "Key: value" lines, and the remaining prose to {@link
 * AxisReader#findInProse} for roles no bullet states.
 */
final class DescribedAxisTexts {

  private static final Pattern BULLET =
      Pattern.compile("^(\\s*)[*-]\\s+\\*\\*([^*]{1,80})\\*\\*(.*)$");
  private static final Pattern HEADING = Pattern.compile("^#{2,6}\\s+(.{1,80})$");

  private DescribedAxisTexts() {}

  /** Axes per role, in the order the description states them. */
  static Map<AxisRole, List<Axis>> axes(AxisReader reader, String markdown) {
    Map<AxisRole, List<Axis>> found = new EnumMap<>(AxisRole.class);
    String[] lines = markdown.split("\n", -1);
    StringBuilder prose = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      Matcher b = BULLET.matcher(lines[i]);
      Matcher h = HEADING.matcher(lines[i]);
      if (b.matches() && AxisReader.roleOf(b.group(2)) != null) {
        StringBuilder text = new StringBuilder(value(b.group(3)));
        int indent = b.group(1).length();
        int j = i + 1;
        while (j < lines.length && indentOf(lines[j]) > indent && isBullet(lines[j])) {
          text.append('\n').append(keyValue(lines[j]));
          j++;
        }
        add(found, reader.read(AxisReader.roleOf(b.group(2)), text.toString().strip()));
        i = j - 1;
      } else if (h.matches() && AxisReader.roleOf(h.group(1)) != null) {
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        while (j < lines.length && (isBullet(lines[j]) || lines[j].isBlank())) {
          if (!lines[j].isBlank()) {
            text.append(keyValue(lines[j])).append('\n');
          }
          j++;
        }
        add(found, reader.read(AxisReader.roleOf(h.group(1)), text.toString().strip()));
        i = j - 1;
      } else if (!lines[i].startsWith("#") && !isBullet(lines[i]) && !lines[i].startsWith("|")) {
        prose.append(lines[i]).append('\n');
      }
    }
    for (Axis a : reader.findInProse(prose.toString())) {
      found.computeIfAbsent(a.role(), r -> new ArrayList<>());
      if (found.get(a.role()).isEmpty()) {
        found.get(a.role()).add(a);
      }
    }
    return found;
  }

  private static void add(Map<AxisRole, List<Axis>> found, Axis a) {
    found.computeIfAbsent(a.role(), r -> new ArrayList<>()).add(a);
  }

  private static String value(String afterKey) {
    String v = afterKey.strip();
    return v.startsWith(":") ? v.substring(1).strip() : v;
  }

  private static String keyValue(String line) {
    Matcher b = BULLET.matcher(line);
    if (b.matches()) {
      String key = b.group(2).strip();
      key = key.endsWith(":") ? key.substring(0, key.length() - 1) : key;
      return key + ": " + value(b.group(3));
    }
    return line.strip().replaceFirst("^[*-]\\s+", "");
  }

  private static boolean isBullet(String line) {
    String s = line.stripLeading();
    return s.startsWith("* ") || s.startsWith("- ");
  }

  private static int indentOf(String line) {
    return line.length() - line.stripLeading().length();
  }
}
