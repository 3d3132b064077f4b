package io.chartdex.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an enumeration ("A, B (x, y) and C") at commas and "and"/"or" outside parentheses.
 * Stateless and thread-safe.
 */
final class TopLevel {
  private TopLevel() {}

  /** The enumerated parts, stripped, empty ones dropped. */
  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0) {
        int cut = separatorLength(text, i);
        if (cut > 0) {
          parts.add(text.substring(start, i));
          start = i + cut;
          i = start - 1;
        }
      }
    }
    parts.add(text.substring(start));
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      if (!part.isBlank()) {
        kept.add(part.strip());
      }
    }
    return kept;
  }

  private static int separatorLength(String text, int i) {
    for (String separator : new String[] {", and ", ", or ", " and ", " or ", ", "}) {
      if (text.startsWith(separator, i)) {
        return separator.length();
      }
    }
    return 0;
  }
}
