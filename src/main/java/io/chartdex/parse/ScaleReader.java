package io.chartdex.parse;

/**
 * Reads whether an axis is stated as logarithmic or linear. "log" counts only as a word of its own
 * ("log scale", "log–log"), never in a label such as {@code log(N)} or {@code (log10 s)}. Stateless
 * and thread-safe.
 */
final class ScaleReader {

  private ScaleReader() {}

  /** "log", "linear" or null when the text states neither. */
  static String read(String text) {
    if (TextScan.containsAnyWord(text, "logarithmic", "semi-log") || standaloneLog(text)) {
      return "log";
    }
    return TextScan.containsWord(text, "linear") ? "linear" : null;
  }

  private static boolean standaloneLog(String text) {
    int from = 0;
    int at;
    while ((at = TextScan.indexOfWord(text, "log", from)) >= 0) {
      int after = at + 3;
      if (after >= text.length()) {
        return true;
      }
      char c = text.charAt(after);
      if (c == ' ' || c == '-' || c == '–' || c == ',' || c == '.' || c == ';' || c == ')') {
        return true;
      }
      from = after;
    }
    return false;
  }
}
