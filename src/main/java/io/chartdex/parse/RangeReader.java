package io.chartdex.parse;

import java.util.List;

/**
 * Finds the numeric extent and tick step an axis statement gives: {@code ranging from 0 to 250},
 * {@code (0–60%)}, {@code span 0.0–0.8}, {@code between 2 and 12}, {@code starting at 0}, {@code in
 * increments of 25}, {@code ticks every 5 units}, or an evenly spaced tick list. A range written
 * with "to" wins over one written with a dash, because panel grids put summaries such as "(0–80)"
 * before the sentence that states the described panel's range. Stateless and thread-safe; linear in
 * the text length.
 */
final class RangeReader {

  /** An extent read from text; {@code percent} when either end carried a percent sign. */
  record Range(double min, double max, boolean percent) {}

  private static final String[] STEP_WORDS = {
    "increments of",
    "increment of",
    "steps of",
    "step of",
    "intervals of",
    "interval of",
    "spacing of",
    "spaced by",
    "every",
    "step"
  };
  private static final String[] START_WORDS = {
    "starting at", "starts at", "starting from", "beginning at", "begins at"
  };

  private record Found(Range range, boolean dashed) {}

  private static final int MAX_TICK_LIST = 400;
  private static final String[] TICK_LIST_WORDS = {
    "ticks at",
    "tick marks at",
    "ticks are at",
    "tick labels at",
    "tick values",
    "ticks:",
    "tick labels:",
    "tick marks:"
  };

  private RangeReader() {}

  /** The first range the text states, preferring "A to B" over "A–B"; null when none. */
  static Range first(String text) {
    List<Quantity> numbers = NumberReader.findAll(text);
    Range dashed = null;
    for (Quantity a : numbers) {
      Found f = rangeFrom(text, a);
      if (f == null) {
        continue;
      }
      if (!f.dashed()) {
        return f.range();
      }
      if (dashed == null) {
        dashed = f.range();
      }
    }
    return dashed;
  }

  /** The lower end a text gives without a range ("starting at 0"), or null. */
  static Double lowerBound(String text) {
    for (String w : START_WORDS) {
      int at = TextScan.indexOfWord(text, w, 0);
      if (at >= 0) {
        Quantity q = NumberReader.readAt(text, TextScan.skipHedges(text, at + w.length()));
        if (q != null && q.finite()) {
          return q.value();
        }
      }
    }
    return null;
  }

  /** The tick step a text states in words ("in increments of 25", "every 2 dB"), or null. */
  static Double step(String text) {
    int best = Integer.MAX_VALUE;
    Double step = null;
    for (String w : STEP_WORDS) {
      int from = 0;
      int at;
      while ((at = TextScan.indexOfWord(text, w, from)) >= 0 && at < best) {
        Double v = stepAfter(text, at + w.length());
        if (v != null) {
          best = at;
          step = v;
          break;
        }
        from = at + 1;
      }
    }
    return step;
  }

  /**
   * The common difference of the first comma-separated list of at least three numbers when it is
   * evenly spaced (tick lists such as {@code 0, 200, 400, 600}); null otherwise.
   */
  static Double evenStep(List<Quantity> list) {
    if (list.size() < 3) {
      return null;
    }
    double d = list.get(1).value() - list.get(0).value();
    if (!(d > 0)) {
      return null;
    }
    for (int i = 2; i < list.size(); i++) {
      double di = list.get(i).value() - list.get(i - 1).value();
      if (Math.abs(di - d) > 1e-9 * Math.max(1, Math.abs(d))) {
        return null;
      }
    }
    return roundNoise(d);
  }

  /** The numbers listed after "ticks at" / "tick marks:" in a statement; empty when none. */
  static List<Quantity> tickList(String text) {
    for (String w : TICK_LIST_WORDS) {
      int at = TextScan.indexOfWord(text, w, 0);
      if (at >= 0) {
        int from = at + w.length();
        int to = Math.min(text.length(), from + MAX_TICK_LIST);
        List<Quantity> list = leadingList(text.substring(from, to));
        if (list.size() >= 2) {
          return list;
        }
      }
    }
    return List.of();
  }

  /** The leading run of numbers separated by commas (quotes and "and" allowed) in a text. */
  static List<Quantity> leadingList(String text) {
    List<Quantity> numbers = NumberReader.findAll(text);
    int n = 0;
    int expectedFrom = 0;
    for (Quantity q : numbers) {
      if (!onlyListGlue(text, expectedFrom, q.start(), n == 0)) {
        break;
      }
      n++;
      expectedFrom = q.end();
    }
    return numbers.subList(0, n);
  }

  private static boolean onlyListGlue(String text, int from, int to, boolean first) {
    String between = text.substring(from, to).replace("and", "").replace("\"", "");
    if (first) {
      return between.isBlank();
    }
    return between.strip().equals(",") || between.strip().isEmpty() && !between.isEmpty();
  }

  private static Double stepAfter(String text, int i) {
    i = TextScan.skipBlanks(text, i);
    if (i < text.length() && text.charAt(i) == ':') {
      i++;
    }
    i = TextScan.skipHedges(text, i);
    if (text.regionMatches(true, i, "integer", 0, 7)) {
      return 1.0;
    }
    Quantity q = NumberReader.readAt(text, i);
    return q != null && q.finite() && q.value() > 0 ? q.value() : null;
  }

  /** A range whose first end is {@code a}: "a to b", "a–b", "a (alt) to b", "between a and b". */
  private static Found rangeFrom(String text, Quantity a) {
    if (!a.finite()) {
      return null;
    }
    double low = a.value();
    int i = TextScan.skipBlanks(text, a.end());
    int unitEnd = skipUnitWord(text, i);
    if (unitEnd > i) {
      i = TextScan.skipBlanks(text, unitEnd);
    }
    if (i < text.length() && text.charAt(i) == '(') {
      int close = text.indexOf(')', i);
      if (close < 0 || close - i > 40) {
        return null;
      }
      List<Quantity> inner = NumberReader.findAll(text.substring(i + 1, close));
      if (inner.size() == 1) {
        low = inner.get(0).value();
      }
      i = TextScan.skipBlanks(text, close + 1);
    }
    int after = connectorEnd(text, i, a.start());
    if (after < 0) {
      return null;
    }
    boolean dashed = "–—-‒".indexOf(text.charAt(i)) >= 0;
    Quantity b = NumberReader.readAt(text, TextScan.skipHedges(text, after));
    if (b == null || !b.finite()) {
      return null;
    }
    Range r =
        new Range(Math.min(low, b.value()), Math.max(low, b.value()), a.percent() || b.percent());
    return new Found(r, dashed);
  }

  /** End of "to", "through", "and" (after "between"), or a dash, at i; -1 when none is there. */
  private static int connectorEnd(String text, int i, int rangeStart) {
    for (String w : new String[] {"to", "through", "thru"}) {
      int end = i + w.length();
      if (text.regionMatches(true, i, w, 0, w.length())
          && end < text.length()
          && !Character.isLetter(text.charAt(end))) {
        return end;
      }
    }
    if (text.regionMatches(true, i, "and", 0, 3) && betweenBefore(text, rangeStart)) {
      return i + 3;
    }
    if (i < text.length() && "–—-‒".indexOf(text.charAt(i)) >= 0) {
      return TextScan.skipBlanks(text, i + 1);
    }
    if (text.startsWith("..", i)) {
      return i + 2;
    }
    return -1;
  }

  /** Whether "between" stands just before a number (hedges allowed), so "and" joins a range. */
  private static boolean betweenBefore(String text, int numberStart) {
    int from = Math.max(0, numberStart - 24);
    return text.substring(from, numberStart).toLowerCase(java.util.Locale.ROOT).contains("between");
  }

  /** A short unit word between a number and the connector ("0 nm to 20 nm"); not "to"/"and". */
  private static int skipUnitWord(String text, int i) {
    int j = i;
    while (j < text.length() && j - i <= 12 && !Character.isWhitespace(text.charAt(j))) {
      char c = text.charAt(j);
      if (!Character.isLetter(c) && c != '%' && c != '°' && c != '/') {
        break;
      }
      j++;
    }
    String word = text.substring(i, j);
    if (j - i > 12
        || word.isEmpty()
        || word.equalsIgnoreCase("to")
        || word.equalsIgnoreCase("and")
        || word.equalsIgnoreCase("through")
        || word.equalsIgnoreCase("thru")) {
      return i;
    }
    int next = TextScan.skipBlanks(text, j);
    return connectorWordAt(text, next) ? j : i;
  }

  private static boolean connectorWordAt(String text, int i) {
    return (text.regionMatches(true, i, "to ", 0, 3)
        || text.regionMatches(true, i, "through ", 0, 8));
  }

  /** Float noise from subtraction (0.30000000000000004) rounded off to 12 significant digits. */
  static double roundNoise(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v)
        .round(new java.math.MathContext(12))
        .stripTrailingZeros()
        .doubleValue();
  }
}
