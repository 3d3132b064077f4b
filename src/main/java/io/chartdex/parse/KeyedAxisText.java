package io.chartdex.parse;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an axis given as nested key lines ({@code Label: "Episode"}, {@code Range: 0 to 1000},
 * {@code Scale: Linear, ranging from …}, {@code Major ticks: 0, 200, … (increments of 200)}, {@code
 * Categories: …}). Lines without a key are read like a bullet value. Stateless and thread-safe.
 */
final class KeyedAxisText {

  /** One {@code Key: value} line; key lower-cased. */
  record KeyLine(String key, String value) {}

  private static final int MAX_KEY = 32;
  private static final Set<String> KNOWN_KEYS =
      Set.of(
          "range",
          "scale",
          "type",
          "step",
          "interval",
          "increment",
          "increments",
          "values",
          "unit",
          "units",
          "limits",
          "domain",
          "min",
          "max",
          "minimum",
          "maximum",
          "scale type");

  private KeyedAxisText() {}

  /** The key lines of a text; empty when the text is a plain statement. */
  static List<KeyLine> keyLines(String text) {
    List<KeyLine> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      KeyLine k = keyLine(line);
      lines.add(k);
    }
    return lines.stream().anyMatch(k -> isKnownKey(k.key())) ? lines : List.of();
  }

  /** Keys that nested axis bullets use; a line "Accuracy: …" alone does not make keyed text. */
  private static boolean isKnownKey(String key) {
    return key != null
        && (isLabelKey(key)
            || key.contains("tick")
            || key.startsWith("categor")
            || KNOWN_KEYS.contains(key));
  }

  /** The axis the key lines state; {@code raw} is kept on it as given. */
  static Axis read(AxisRole role, List<KeyLine> lines, String raw) {
    String label = null;
    boolean labelKey = false;
    StringBuilder body = new StringBuilder();
    StringBuilder free = new StringBuilder();
    KeyedNumbers numbers = new KeyedNumbers();
    for (KeyLine k : lines) {
      String key = k.key();
      if (key != null && !labelKey && isLabelKey(key)) {
        labelKey = true;
        label = AxisLabels.fromLabelValue(k.value());
        continue;
      }
      if (key == null) {
        free.append(k.value()).append('\n');
      } else {
        numbers.take(key, k.value());
      }
      body.append(k.value()).append('\n');
    }
    String rest = body.toString();
    if (!labelKey && !free.isEmpty()) {
      String f = free.toString().strip();
      label = AxisLabels.denied(f) ? null : AxisLabels.leading(f);
      rest = AxisStatement.withoutLabel(rest, label);
    }
    return fromParts(role, label, rest, numbers, raw);
  }

  /** What the keys themselves say: a stated step, bounds, a tick list, numeric categories. */
  private static final class KeyedNumbers {
    private Double step;
    private Double min;
    private Double max;
    private List<Quantity> ticks = List.of();
    private List<Quantity> categories = List.of();

    void take(String key, String value) {
      if (isStepKey(key) && step == null) {
        Double v = leadingNumber(value);
        step = v != null && v > 0 ? v : null;
      } else if ((key.equals("min") || key.equals("minimum")) && min == null) {
        min = leadingNumber(value);
      } else if ((key.equals("max") || key.equals("maximum")) && max == null) {
        max = leadingNumber(value);
      } else if (key.contains("tick") && ticks.isEmpty()) {
        ticks = RangeReader.leadingList(value);
      } else if (key.startsWith("categor") && categories.isEmpty()) {
        categories = RangeReader.leadingList(value);
      }
    }

    private static Double leadingNumber(String value) {
      Quantity q = NumberReader.readAt(value, TextScan.skipHedges(value, 0));
      return q != null && q.finite() ? q.value() : null;
    }
  }

  /**
   * Combines the statement text with what the keys say. A range in the text wins; else the keys'
   * bounds, the ends of a tick list, or evenly spaced numeric categories ("1", "2", … "5").
   */
  private static Axis fromParts(
      AxisRole role, String label, String body, KeyedNumbers keyed, String raw) {
    RangeReader.Range range = RangeReader.first(body);
    Double min = range == null ? RangeReader.lowerBound(body) : Double.valueOf(range.min());
    Double max = range == null ? null : range.max();
    boolean percent = range != null && range.percent();
    Double step = keyed.step != null ? keyed.step : RangeReader.step(body);
    if (step == null) {
      step = RangeReader.evenStep(keyed.ticks);
    }
    if (range == null && (keyed.min != null || keyed.max != null)) {
      min = keyed.min;
      max = keyed.max;
    } else if (range == null && keyed.ticks.size() >= 2) {
      min = keyed.ticks.get(0).value();
      max = keyed.ticks.get(keyed.ticks.size() - 1).value();
      percent = keyed.ticks.get(0).percent();
    }
    Double categoryStep = RangeReader.evenStep(keyed.categories);
    if (min == null && max == null && categoryStep != null) {
      min = keyed.categories.get(0).value();
      max = keyed.categories.get(keyed.categories.size() - 1).value();
      step = step == null ? categoryStep : step;
    }
    return AxisStatement.complete(role, label, body, min, max, step, percent, raw);
  }

  /** "Tick step: 0.2", "Step: 5", "Interval: 10". */
  private static boolean isStepKey(String key) {
    return key.endsWith("step") || key.endsWith("interval") || key.startsWith("increment");
  }

  private static boolean isLabelKey(String key) {
    return key.startsWith("label")
        || key.equals("title")
        || key.equals("axis title")
        || key.equals("name")
        || key.equals("axis label");
  }

  /** "- Label: x" → (label, x); a line without a short leading key → (null, line). */
  private static KeyLine keyLine(String line) {
    String l = line.strip();
    int from = 0;
    // bullet markers only: "- " or "* ", never the minus of "-0.4 to 0.8"
    while (from + 1 < l.length()
        && "-*+".indexOf(l.charAt(from)) >= 0
        && Character.isWhitespace(l.charAt(from + 1))) {
      from = TextScan.skipBlanks(l, from + 1);
    }
    l = l.substring(from);
    int colon = l.indexOf(':');
    if (colon <= 0 || colon > MAX_KEY) {
      return new KeyLine(null, l);
    }
    String key = l.substring(0, colon).strip();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '(' && c != ')' && c != '-') {
        return new KeyLine(null, l);
      }
    }
    return new KeyLine(key.toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
  }
}
