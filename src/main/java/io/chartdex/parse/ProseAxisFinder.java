package io.chartdex.parse;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds axes stated in running prose: "The x-axis represents decoding steps, ranging from 0 to
 * 250", "The horizontal axis, labelled "C-index (%)", runs from 55 to 85 with ticks every 5 units",
 * "A colour bar on the right runs from 0.0 to 1.0". A statement runs from the mention of an axis to
 * the end of its sentence or the next axis mention, at most {@value #MAX_STATEMENT} characters, so
 * the scan stays linear. Stateless and thread-safe.
 */
final class ProseAxisFinder {

  private static final int MAX_STATEMENT = 600;
  private static final int LOOK_BACK = 24;
  private static final String[] COLOUR_WORDS = {
    "colour bar", "color bar", "colorbar", "colourbar", "colour scale", "color scale"
  };

  /** An axis named in prose: its role and where the naming words stand. */
  private record Mention(AxisRole role, int start, int end) {}

  private ProseAxisFinder() {}

  /** At most one axis per role, the first statement that says something, in role order. */
  static List<Axis> find(String prose) {
    List<Mention> mentions = mentions(prose);
    Map<AxisRole, Axis> first = new EnumMap<>(AxisRole.class);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (first.containsKey(m.role())) {
        continue;
      }
      int limit = i + 1 < mentions.size() ? mentions.get(i + 1).start() : prose.length();
      int end = sentenceEnd(prose, m.end(), Math.min(limit, m.end() + MAX_STATEMENT));
      Axis axis = read(m.role(), prose, m, end);
      if (AxisStatement.statesSomething(axis)) {
        first.put(m.role(), axis);
      }
    }
    return List.copyOf(first.values());
  }

  private static Axis read(AxisRole role, String prose, Mention m, int end) {
    String statement = prose.substring(m.end(), end);
    String raw = prose.substring(m.start(), end).strip();
    String label = AxisLabels.denied(statement) ? null : AxisLabels.marked(statement);
    if (label == null && !AxisLabels.denied(statement)) {
      label = represented(statement);
    }
    String body = AxisStatement.withoutLabel(statement, label);
    String lead = prose.substring(Math.max(0, m.start() - LOOK_BACK), m.start());
    RangeReader.Range range = RangeReader.first(body);
    Double min = range == null ? RangeReader.lowerBound(body) : Double.valueOf(range.min());
    Double max = range == null ? null : range.max();
    Double step = RangeReader.step(body);
    Axis a =
        AxisStatement.complete(
            role, label, body, min, max, step, range != null && range.percent(), raw);
    if ("log".equals(ScaleReader.read(lastClause(lead)))) {
      return new Axis(role, a.label(), a.unit(), a.min(), a.max(), a.step(), "log", raw);
    }
    return a;
  }

  /** "represents decoding steps, ranging …" → "decoding steps". */
  private static String represented(String statement) {
    int i = TextScan.skipBlanks(statement, 0);
    for (String verb : new String[] {"represents ", "denotes "}) {
      if (statement.regionMatches(true, i, verb, 0, verb.length())) {
        String rest = statement.substring(i + verb.length());
        if (rest.regionMatches(true, 0, "the ", 0, 4)) {
          rest = rest.substring(4);
        }
        return AxisLabels.leading(rest);
      }
    }
    return null;
  }

  /** Words just before a mention, within its own clause ("a logarithmic vertical axis"). */
  private static String lastClause(String lead) {
    int cut =
        Math.max(lead.lastIndexOf('.'), Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(',')));
    return lead.substring(cut + 1);
  }

  private static int sentenceEnd(String prose, int from, int limit) {
    for (int k = from; k < limit; k++) {
      char c = prose.charAt(k);
      if (c == '\n' || (c == '.' && AxisLabels.endsSentence(prose, k))) {
        return k;
      }
    }
    return limit;
  }

  private static List<Mention> mentions(String prose) {
    List<Mention> found = new ArrayList<>();
    int n = prose.length();
    for (int i = 0; i < n; i++) {
      char c = prose.charAt(i);
      if ((c == 'a' || c == 'A') && prose.regionMatches(true, i, "axis", 0, 4)) {
        Mention m = axisMention(prose, i);
        if (m != null) {
          found.add(m);
          i = m.end() - 1;
        }
      } else if (c == 'c' || c == 'C') {
        Mention m = colourMention(prose, i);
        if (m != null) {
          found.add(m);
          i = m.end() - 1;
        }
      }
    }
    return found;
  }

  private static Mention colourMention(String prose, int i) {
    if (i > 0 && Character.isLetter(prose.charAt(i - 1))) {
      return null;
    }
    for (String w : COLOUR_WORDS) {
      int end = i + w.length();
      if (prose.regionMatches(true, i, w, 0, w.length())
          && (end >= prose.length() || !Character.isLetter(prose.charAt(end)))) {
        return new Mention(AxisRole.COLORBAR, i, end);
      }
    }
    return null;
  }

  /** "x-axis", "horizontal axis", "secondary y-axis", "z-axis" ending at the word "axis" at i. */
  private static Mention axisMention(String prose, int i) {
    int end = i + 4;
    if (end < prose.length() && Character.isLetter(prose.charAt(end))) {
      return null;
    }
    int from = Math.max(0, i - LOOK_BACK);
    String before = prose.substring(from, i).toLowerCase(Locale.ROOT);
    AxisRole role = roleBefore(before);
    if (role == null) {
      return null;
    }
    int start = from + Math.max(0, wordStart(before));
    return new Mention(role, start, end);
  }

  private static AxisRole roleBefore(String before) {
    String b = before.replace('‑', '-');
    if (endsWithAny(
        b,
        "secondary y-",
        "secondary y ",
        "right y-",
        "right y ",
        "right-hand y-",
        "y2-",
        "y2 ",
        "secondary vertical ",
        "right vertical ",
        "right-hand ",
        "secondary ")) {
      return AxisRole.Y2;
    }
    if (endsWithLetterAxis(b, 'x') || b.endsWith("horizontal ")) {
      return AxisRole.X;
    }
    if (endsWithLetterAxis(b, 'y') || b.endsWith("vertical ")) {
      return AxisRole.Y;
    }
    return endsWithLetterAxis(b, 'z') ? AxisRole.COLORBAR : null;
  }

  /** "x-" or "x " preceded by a non-letter, e.g. " x-axis" but not "max axis". */
  private static boolean endsWithLetterAxis(String b, char letter) {
    int n = b.length();
    if (n < 2 || b.charAt(n - 2) != letter || (b.charAt(n - 1) != '-' && b.charAt(n - 1) != ' ')) {
      return false;
    }
    return n == 2 || !Character.isLetterOrDigit(b.charAt(n - 3));
  }

  private static boolean endsWithAny(String s, String... ends) {
    for (String e : ends) {
      if (s.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** Start of the naming words within the look-back window (after the last sentence mark). */
  private static int wordStart(String before) {
    int cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(','));
    return cut + 1;
  }
}
