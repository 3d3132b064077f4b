package io.chartdex.parse;

import io.chartdex.model.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Legend entries (name, colour, style) from legend bullets and legend sentences: "Neuronal Model –
 * blue line", "Solid blue line (approx. #1f77b4): A2C", "n = 1 (Solid brown line)", "Two lines
 * representing Pro and Ultra models, with Pro in green and Ultra in blue". Stateless and
 * thread-safe.
 */
final class LegendReader {
  private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+");

  private static final Pattern LINE_STYLE =
      Pattern.compile(
          "\\b(solid|dashed|dotted|dash-dot(?:ted)?|step)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKER =
      Pattern.compile(
          "\\b(circle|square|triangle|diamond|star|cross|plus|pentagon|dot|x)(?:es|s)?\\b(?:\\s+markers?)?",
          Pattern.CASE_INSENSITIVE);

  /** A short capitalised last word with a period is an abbreviation ("KG Instance Seg."). */
  private static final Pattern ABBREVIATION = Pattern.compile("(?:^|\\s)[A-Z][a-z]{0,3}\\.$");

  private static final Pattern NO_LEGEND =
      Pattern.compile("\\s*no legend", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_AN_ENTRY =
      Pattern.compile(
          "^(no legend|no colou?r|none\\b|legend|the legend|located|placed|position|there is|it |this )",
          Pattern.CASE_INSENSITIVE);

  /** The legend entries the outline states, without duplicate names. */
  List<Series> read(Outline outline) {
    Map<String, Series> byName = new LinkedHashMap<>();
    for (OutlineSection section : outline.sections()) {
      if ("legend".equals(SectionNames.of(section.heading())) && !saysNoLegend(section)) {
        section.items().forEach(item -> addAll(byName, entriesOfItem(item)));
        section.paragraphs().forEach(p -> addAll(byName, LegendSentences.fromSentence(p)));
      }
    }
    outline.forEachItem(
        item -> {
          if (isLegendKey(item.key())) {
            if (item.children().isEmpty()) {
              addAll(byName, fromValue(item.value()));
            } else {
              item.children().forEach(child -> addAll(byName, entriesOfItem(child)));
            }
          }
        });
    return new ArrayList<>(byName.values());
  }

  /** "No legend in this panel. Markers are: …" – what follows describes marks, not entries. */
  private static boolean saysNoLegend(OutlineSection section) {
    return NO_LEGEND.matcher(section.text()).lookingAt();
  }

  private static boolean isLegendKey(String key) {
    if (key == null) {
      return false;
    }
    String lower = key.toLowerCase(Locale.ROOT);
    return lower.startsWith("legend") && !lower.contains("position") && !lower.contains("location");
  }

  private static void addAll(Map<String, Series> byName, List<Series> entries) {
    for (Series s : entries) {
      byName.putIfAbsent(s.name().toLowerCase(Locale.ROOT), s);
    }
  }

  private List<Series> entriesOfItem(OutlineItem item) {
    if (item.key() != null) {
      boolean keyDescribes = ColorWords.mentions(item.key());
      boolean valueDescribes = ColorWords.mentions(item.value());
      if (keyDescribes && !valueDescribes && !item.value().isEmpty()) {
        return List.of(series(clean(item.value()), item.key()));
      }
      if (!item.value().isEmpty()) {
        return List.of(series(clean(item.key()), item.value()));
      }
    }
    Series entry = entry(item.line());
    return entry == null ? List.of() : List.of(entry);
  }

  /** A legend key's value: a sentence with "representing", or a list of "Name (colour)" entries. */
  private List<Series> fromValue(String value) {
    List<Series> sentence = LegendSentences.fromSentence(value);
    if (!sentence.isEmpty()) {
      return sentence;
    }
    List<Series> entries = new ArrayList<>();
    String firstClause = value.split(";")[0];
    for (String piece : TopLevel.split(firstClause)) {
      Series entry = entry(piece);
      if (entry != null && (entry.color() != null || entry.style() != null)) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** One entry written as "name – style", "style: name" or "name (style)"; null if none. */
  Series entry(String line) {
    String text = clean(line);
    if (text.isEmpty() || text.length() > 200 || NOT_AN_ENTRY.matcher(text).find()) {
      return null;
    }
    String[] dashed = DASH.split(text, 2);
    if (dashed.length == 2) {
      return orient(dashed[0], dashed[1]);
    }
    int colon = text.lastIndexOf(": ");
    if (colon > 0) {
      return orient(text.substring(0, colon), text.substring(colon + 2));
    }
    Matcher paren = Pattern.compile("^(.+?)\\s*\\(([^()]*)\\)$").matcher(text);
    if (paren.matches() && describesStyle(paren.group(2))) {
      return series(clean(paren.group(1)), paren.group(2));
    }
    return null;
  }

  /** Of two halves, the one naming colours or styles describes the other. */
  private Series orient(String left, String right) {
    boolean leftDescribes = describesStyle(left);
    boolean rightDescribes = describesStyle(right);
    if (leftDescribes && !rightDescribes) {
      return series(clean(right), left);
    }
    return series(clean(left), right);
  }

  static Series series(String name, String description) {
    return new Series(name, ColorWords.phraseIn(description), style(description));
  }

  private static boolean describesStyle(String text) {
    return ColorWords.mentions(text)
        || LINE_STYLE.matcher(text).find()
        || text.contains("#")
        || MARKER.matcher(text).find();
  }

  /** "solid", "dashed", "circle markers" or both, as stated; null when the text states none. */
  static String style(String description) {
    List<String> parts = new ArrayList<>();
    Matcher line = LINE_STYLE.matcher(description);
    if (line.find()) {
      parts.add(line.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher marker = MARKER.matcher(description);
    if (marker.find() && description.toLowerCase(Locale.ROOT).contains("marker")) {
      parts.add(marker.group(1).toLowerCase(Locale.ROOT) + " markers");
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /** Strips quotes, backticks, list numbering and end punctuation. */
  static String clean(String text) {
    String s = text.strip().replaceAll("^\\d{1,3}[.)]\\s+", "");
    s = s.replaceAll("[;,]+$", "").strip();
    if (s.endsWith(".") && !ABBREVIATION.matcher(s).find()) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.length() >= 2
        && ("\"'`“".indexOf(s.charAt(0)) >= 0)
        && ("\"'`”".indexOf(s.charAt(s.length() - 1)) >= 0)) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }
}
