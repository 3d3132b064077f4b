package io.chartdex.parse;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an axis given as nested key lines ({@code Label: "Episode"}, {@code Range: 0 to 1000},
 * {@code Scale: Linear, ranging from …}, {@code Major ticks: 0, 200, … (increments of 200)}, {@code
 * Categories: …}). Lines without a key are read like a bullet value. Stateless and thread-safe.
 */
final class KeyedAxisText {

  /** One {@code Key: value} line; key lower-cased. */
  record KeyLine(String key, String value) {}

  /** What the key lines gave besides text: tick list, numeric categories, a stated step. */
  private record Lists(List<Quantity> ticks, List<Quantity> categories, Double step) {}

  private static final int MAX_KEY = 32;
  private static final java.util.Set<String> KNOWN_KEYS =
      java.util.Set.of(
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

  static Axis read(AxisRole role, List<KeyLine> lines, String raw) {
    String label = null;
    boolean labelKey = false;
    StringBuilder body = new StringBuilder();
    StringBuilder free = new StringBuilder();
    List<Quantity> ticks = List.of();
    List<Quantity> categories = List.of();
    Double stepKey = null;
    for (KeyLine k : lines) {
      String key = k.key();
      if (key == null) {
        free.append(k.value()).append('\n');
      } else if (!labelKey && isLabelKey(key)) {
        labelKey = true;
        label = AxisLabels.fromLabelValue(k.value());
        continue;
      } else if (isStepKey(key) && stepKey == null) {
        Quantity q = NumberReader.readAt(k.value(), TextScan.skipHedges(k.value(), 0));
        stepKey = q != null && q.finite() && q.value() > 0 ? q.value() : null;
      } else if (key.contains("tick") && ticks.isEmpty()) {
        ticks = RangeReader.leadingList(k.value());
      } else if (key.startsWith("categor") && categories.isEmpty()) {
        categories = RangeReader.leadingList(k.value());
      }
      body.append(k.value()).append('\n');
    }
    if (!labelKey && !free.isEmpty()) {
      String f = free.toString().strip();
      label = AxisLabels.denied(f) ? null : AxisLabels.leading(f);
      String rest = AxisStatement.withoutLabel(body.toString(), label);
      return fromParts(role, label, rest, new Lists(ticks, categories, stepKey), raw);
    }
    return fromParts(role, label, body.toString(), new Lists(ticks, categories, stepKey), raw);
  }

  private static Axis fromParts(AxisRole role, String label, String body, Lists lists, String raw) {
    List<Quantity> ticks = lists.ticks();
    List<Quantity> categories = lists.categories();
    Double stepKey = lists.step();
    RangeReader.Range range = RangeReader.first(body);
    Double min = range == null ? RangeReader.lowerBound(body) : Double.valueOf(range.min());
    Double max = range == null ? null : range.max();
    Double step = stepKey != null ? stepKey : RangeReader.step(body);
    boolean percent = range != null && range.percent();
    if (step == null) {
      step = RangeReader.evenStep(ticks);
    }
    if (range == null && ticks.size() >= 2) {
      min = ticks.get(0).value();
      max = ticks.get(ticks.size() - 1).value();
      percent = ticks.get(0).percent();
    }
    Double categoryStep = RangeReader.evenStep(categories);
    if (min == null && max == null && categoryStep != null) {
      min = categories.get(0).value();
      max = categories.get(categories.size() - 1).value();
      step = step == null ? categoryStep : step;
    }
    return AxisStatement.complete(role, label, body, min, max, step, percent, raw);
  }

  /** "Tick step: 0.2", "Step: 5", "Interval: 10". */
  private static boolean isStepKey(String key) {
    return key.endsWith("step") || key.endsWith("interval") || key.startsWith("increment");
  }

  private static boolean isLabelKey(String key) {
    return key.equals("label")
        || key.equals("title")
        || key.equals("axis title")
        || key.equals("name")
        || key.equals("axis label");
  }

  /** "- Label: x" → (label, x); a line without a short leading key → (null, line). */
  private static KeyLine keyLine(String line) {
    String l = line.strip();
    int from = 0;
    while (from < l.length()
        && ("-*+".indexOf(l.charAt(from)) >= 0 || Character.isWhitespace(l.charAt(from)))) {
      from++;
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
