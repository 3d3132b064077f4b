package io.chartdex.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an axis unit as written: from the label ({@code "BMSE (dB)"} → dB, {@code "m2 [M⊙]"} → M⊙,
 * {@code "Accuracy %"} → %, {@code "clutter power in dB"} → dB, a label that is itself a unit such
 * as {@code "TWh"}), else from the rest of the statement ({@code ", in %"}, {@code "in watts"}, a
 * percent range, "values are percentages"). Percent words become {@code %}. Stateless and
 * thread-safe.
 */
final class UnitReader {

  /** Units recognised after "in" or standing alone as a label; bracketed units need not be here. */
  private static final Set<String> KNOWN =
      Set.of(
          "%",
          "dB", "dBm", "ms", "s", "sec", "seconds", "min", "minutes", "h", "hours", "days", "weeks",
          "months", "years", "ns", "μs", "µs", "nm", "μm", "µm", "mm", "cm", "m", "km", "Hz", "kHz",
          "MHz", "GHz", "W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh", "V", "mV",
          "kV", "A", "mA", "K", "°C", "°F", "eV", "keV", "MeV", "GeV", "TeV", "AU", "pc", "kpc",
          "Mpc", "kg", "g", "mg", "USD", "EUR", "$", "bits", "bytes", "KB", "MB", "GB", "TB", "px",
          "pixels", "degrees", "°", "rad", "Pa", "kPa", "MPa", "mol", "ppm", "TFLOPS");

  /** Spelled-out units that have a usual symbol. */
  private static final Map<String, String> WORDS =
      Map.of(
          "percent",
          "%",
          "percentage",
          "%",
          "percentages",
          "%",
          "per cent",
          "%",
          "watts",
          "W",
          "decibels",
          "dB",
          "milliseconds",
          "ms");

  /** Single letters in brackets that are units; "(t)" or "(N)" are variables, not units. */
  private static final Set<String> ONE_LETTER =
      Set.of("s", "m", "g", "K", "V", "W", "A", "J", "N", "h", "%");

  /** Words inside brackets that describe the axis rather than measure it. */
  private static final String[] DESCRIPTORS = {
    "categor",
    "panel",
    "label",
    "shared",
    "left",
    "right",
    "top",
    "bottom",
    "axis",
    "title",
    "e.g",
    "approx",
    "values",
    "same",
    "log scale",
    "linear",
    "not "
  };

  private UnitReader() {}

  /** The unit a label carries, or null. */
  static String fromLabel(String label) {
    if (label == null) {
      return null;
    }
    String l = label.strip();
    String bracketed = trailingBracket(l);
    if (bracketed != null) {
      return bracketed;
    }
    if (l.endsWith("%")) {
      return "%";
    }
    if (KNOWN.contains(l) && l.length() > 1) {
      return l;
    }
    int in = l.lastIndexOf(" in ");
    return in >= 0 ? normalise(l.substring(in + 4).strip()) : null;
  }

  /** The unit the rest of a statement gives ("in watts", ", in %", "values are percentages"). */
  static String fromStatement(String text, boolean percentRange) {
    if (percentRange) {
      return "%";
    }
    int from = 0;
    int at;
    while ((at = TextScan.indexOfWord(text, "in ", from)) >= 0) {
      int start = TextScan.skipBlanks(text, at + 3);
      int end = start;
      while (end < text.length()
          && !Character.isWhitespace(text.charAt(end))
          && ",.;)".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      String unit = normalise(text.substring(start, end));
      if (unit != null) {
        return unit;
      }
      from = at + 1;
    }
    return TextScan.containsAnyWord(text, "percentages", "in percent", "as a percentage")
        ? "%"
        : null;
  }

  /** Whether a bracketed remark describes the axis ("(categorical)") rather than a unit. */
  static boolean isDescriptor(String inner) {
    String lower = inner.toLowerCase(Locale.ROOT);
    for (String d : DESCRIPTORS) {
      if (lower.contains(d)) {
        return true;
      }
    }
    return inner.length() > 24;
  }

  private static String trailingBracket(String l) {
    if (l.isEmpty()) {
      return null;
    }
    char last = l.charAt(l.length() - 1);
    char open = last == ')' ? '(' : last == ']' ? '[' : 0;
    int at = open == 0 ? -1 : l.lastIndexOf(open);
    if (at <= 0 || l.charAt(at - 1) != ' ') {
      return null;
    }
    String inner = l.substring(at + 1, l.length() - 1).strip();
    if (inner.isEmpty() || isDescriptor(inner)) {
      return null;
    }
    int comma = inner.lastIndexOf(',');
    if (comma >= 0) {
      inner = inner.substring(comma + 1).strip();
    }
    if (inner.startsWith("in ")) {
      inner = inner.substring(3).strip();
    }
    String word = WORDS.get(inner.toLowerCase(Locale.ROOT));
    if (word != null) {
      return word;
    }
    if (inner.length() == 1) {
      return ONE_LETTER.contains(inner) ? inner : null;
    }
    return inner;
  }

  private static String normalise(String word) {
    String w = word.strip();
    if (KNOWN.contains(w)) {
      return w;
    }
    return WORDS.get(w.toLowerCase(Locale.ROOT));
  }
}
