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

  /** Words that name an axis when "axis" follows them; longer namings first. */
  private record Naming(String words, AxisRole role) {}

  private static final List<Naming> NAMINGS =
      List.of(
          new Naming("secondary vertical ", AxisRole.Y2),
          new Naming("right vertical ", AxisRole.Y2),
          new Naming("secondary y-", AxisRole.Y2),
          new Naming("secondary y ", AxisRole.Y2),
          new Naming("right-hand y-", AxisRole.Y2),
          new Naming("right y-", AxisRole.Y2),
          new Naming("right y ", AxisRole.Y2),
          new Naming("secondary ", AxisRole.Y2),
          new Naming("y2-", AxisRole.Y2),
          new Naming("y2 ", AxisRole.Y2),
          new Naming("horizontal ", AxisRole.X),
          new Naming("vertical ", AxisRole.Y),
          new Naming("x-", AxisRole.X),
          new Naming("x ", AxisRole.X),
          new Naming("y-", AxisRole.Y),
          new Naming("y ", AxisRole.Y),
          new Naming("z-", AxisRole.COLORBAR),
          new Naming("z ", AxisRole.COLORBAR));

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
    String raw = trimJoiners(prose.substring(m.start(), end));
    String label = AxisLabels.denied(statement) ? null : AxisLabels.marked(statement);
    if (label == null && !AxisLabels.denied(statement)) {
      label = represented(statement);
    }
    String body = AxisStatement.withoutLabel(statement, label);
    String lead = prose.substring(Math.max(0, m.start() - LOOK_BACK), m.start());
    Axis a = AxisStatement.read(role, label, body, raw);
    if ("log".equals(ScaleReader.read(lastClause(lead)))) {
      return new Axis(role, a.label(), a.unit(), a.min(), a.max(), a.step(), "log", raw);
    }
    return a;
  }

  /** The statement without the trailing words that join it to the next ("…, and the"). */
  private static String trimJoiners(String raw) {
    String r = raw.strip();
    boolean trimmed = true;
    while (trimmed) {
      trimmed = false;
      for (String w : new String[] {",", ";", " and", " the", " a", " an", " while", " whereas"}) {
        if (r.length() > w.length() && r.toLowerCase(Locale.ROOT).endsWith(w)) {
          r = r.substring(0, r.length() - w.length()).strip();
          trimmed = true;
        }
      }
    }
    return r;
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
    String before = prose.substring(Math.max(0, i - LOOK_BACK), i).toLowerCase(Locale.ROOT);
    before = before.replace('‑', '-');
    for (Naming n : NAMINGS) {
      if (before.endsWith(n.words()) && wordBoundaryBefore(before, n.words().length())) {
        return new Mention(n.role(), i - n.words().length(), end);
      }
    }
    return null;
  }

  private static boolean wordBoundaryBefore(String before, int length) {
    int k = before.length() - length - 1;
    return k < 0 || !Character.isLetterOrDigit(before.charAt(k));
  }
}
