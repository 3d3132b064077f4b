package io.chartdex.parse;

import java.util.Locale;

/**
 * Finds an axis label in the text that states the axis: a marked label ({@code labelled "Age"},
 * {@code titled "Risk trade-off"}, {@code y-axis title Strauss(γ=0.5)}), else the leading phrase of
 * a bullet value ({@code "Decoding Steps, ranging from 0 to 250"} → Decoding Steps). Statements
 * that deny a title ("no axis title", "Unlabelled") give null. A bracketed unit stays in the label;
 * bracketed remarks such as "(categorical)" do not. Stateless and thread-safe.
 */
final class AxisLabels {

  private static final int MAX_LABEL = 120;
  private static final String[] DENIALS = {
    "no axis title",
    "no explicit axis title",
    "no title",
    "no axis label",
    "no label",
    "without an axis title",
    "without a title",
    "without axis title",
    "without a label",
    "unlabelled",
    "unlabeled",
    "not labelled",
    "not labeled",
    "untitled",
    "not legible",
    "illegible",
    "unreadable"
  };
  private static final String[] NONE_PREFIXES = {"none", "n/a", "not ", "no ", "unlabel"};
  private static final String[] NONE_EXACT = {"no", "-", "—", "–", "?"};
  private static final String[] PHRASE_ENDS = {
    " ranging",
    " spanning",
    " spans ",
    " span ",
    " runs ",
    " running",
    " with ",
    " logarithmic",
    " log scale",
    " log-scale",
    " on a log",
    " linear",
    " categorical",
    " between ",
    " starting",
    " in increments",
    " in steps",
    " increasing",
    " decreasing",
    " from top",
    " from left",
    " top to",
    " left to",
    " listed"
  };
  private static final String[] PANEL_TAILS = {
    " in every panel", " in all panels", " in both panels", " in each panel", " for all panels"
  };

  /** Words that show a phrase describes the axis itself ("vertical colour bar on the right"). */
  private static final String[] AXIS_WORDS = {
    "x-axis",
    "y-axis",
    "z-axis",
    "x axis",
    "y axis",
    "axis title",
    "horizontal axis",
    "vertical axis",
    "colour bar",
    "color bar",
    "colorbar"
  };

  private AxisLabels() {}

  /** Whether the text says the axis has no title or its title cannot be read. */
  static boolean denied(String text) {
    return TextScan.containsAnyWord(text, DENIALS);
  }

  /** The value of a {@code Label:} line, or null when it says there is none ("none printed"). */
  static String fromLabelValue(String value) {
    String v = clean(value);
    if (v == null) {
      return null;
    }
    return saysNone(v) || denied(v) ? null : v;
  }

  /** A label the text marks explicitly (labelled "…", titled "…", axis title …), or null. */
  static String marked(String text) {
    for (String marker : new String[] {"labelled", "labeled", "titled", "axis title", "entitled"}) {
      int from = 0;
      int at;
      while ((at = TextScan.indexOfWord(text, marker, from)) >= 0) {
        String label = markedAfter(text, at + marker.length(), marker.equals("axis title"));
        if (label != null) {
          return label;
        }
        from = at + 1;
      }
    }
    return null;
  }

  /** The leading phrase of a bullet value, cut before its range, scale or remarks; or null. */
  static String leading(String text) {
    String t = text.strip();
    if (saysNone(t)) {
      return null;
    }
    String phrase = t.substring(0, phraseEnd(t));
    for (String tail : PANEL_TAILS) {
      if (phrase.toLowerCase(Locale.ROOT).endsWith(tail)) {
        phrase = phrase.substring(0, phrase.length() - tail.length());
      }
    }
    phrase = dropTrailingRemark(phrase.strip());
    String label = clean(phrase);
    if (label == null || label.length() > MAX_LABEL || describesAxis(label)) {
      return null;
    }
    return label;
  }

  /** Whether a value starts by saying there is nothing ("none printed", "Not labelled", "-"). */
  private static boolean saysNone(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    for (String none : NONE_PREFIXES) {
      if (lower.startsWith(none)) {
        return true;
      }
    }
    for (String none : NONE_EXACT) {
      if (lower.equals(none)) {
        return true;
      }
    }
    return false;
  }

  /** Quotes, markdown emphasis, backticks and a trailing period removed; null when empty. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.replace("**", "").replace("__", "").replace("`", "").strip();
    int end = s.length();
    while (end > 0
        && (".,;:".indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    s = s.substring(0, end);
    if (s.length() >= 2 && isQuote(s.charAt(0)) && isQuote(s.charAt(s.length() - 1))) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s.isEmpty() ? null : s;
  }

  private static String markedAfter(String text, int i, boolean bare) {
    int j = TextScan.skipBlanks(text, i);
    if (text.regionMatches(true, j, "as ", 0, 3)) {
      j = TextScan.skipBlanks(text, j + 3);
    }
    if (j < text.length() && isQuote(text.charAt(j))) {
      int close = closingQuote(text, j);
      return close < 0 ? null : clean(text.substring(j + 1, close));
    }
    if (!bare || j >= text.length() || Character.isLowerCase(text.charAt(j))) {
      return null;
    }
    int end = balancedEnd(text, j);
    return clean(text.substring(j, end));
  }

  private static int closingQuote(String text, int open) {
    char q = text.charAt(open);
    char want = q == '“' ? '”' : q == '‘' ? '’' : q;
    int limit = Math.min(text.length(), open + 1 + MAX_LABEL);
    for (int k = open + 1; k < limit; k++) {
      if (text.charAt(k) == want || (want == '"' && text.charAt(k) == '”')) {
        return k;
      }
    }
    return -1;
  }

  /**
   * End of a bare label: before ',', ';', '.', a space-and, or a ')' that closes an outer group.
   */
  private static int balancedEnd(String text, int from) {
    int depth = 0;
    int limit = Math.min(text.length(), from + MAX_LABEL);
    for (int k = from; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        if (depth == 0) {
          return k;
        }
        depth--;
      } else if (depth == 0 && (c == ',' || c == ';' || (c == '.' && endsSentence(text, k)))) {
        return k;
      }
    }
    return limit;
  }

  private static int phraseEnd(String t) {
    int depth = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ';' || c == ':' || c == '\n')) {
        return k;
      } else if (depth == 0 && c == '.' && endsSentence(t, k)) {
        return k;
      } else if (depth == 0 && c == ' ' && startsPhraseEnd(t, k)) {
        return k;
      }
    }
    return t.length();
  }

  private static boolean startsPhraseEnd(String t, int k) {
    for (String end : PHRASE_ENDS) {
      if (t.regionMatches(true, k, end, 0, end.length())) {
        return true;
      }
    }
    if (t.regionMatches(true, k, " from ", 0, 6)) {
      int n = TextScan.skipHedges(t, k + 6);
      return NumberReader.readAt(t, n) != null;
    }
    return false;
  }

  /** Drops a final bracketed remark that is no unit: "(categorical)", "(0–100)". */
  private static String dropTrailingRemark(String phrase) {
    if (!phrase.endsWith(")")) {
      return phrase;
    }
    int open = phrase.lastIndexOf('(');
    if (open < 0) {
      return phrase;
    }
    String inner = phrase.substring(open + 1, phrase.length() - 1);
    if (UnitReader.isDescriptor(inner) || RangeReader.first(inner) != null) {
      return phrase.substring(0, open).strip();
    }
    return phrase;
  }

  private static boolean describesAxis(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    for (String word : AXIS_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return lower.startsWith("axis");
  }

  static boolean endsSentence(String t, int dot) {
    return dot + 1 >= t.length() || Character.isWhitespace(t.charAt(dot + 1));
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’' || c == '`';
  }
}
