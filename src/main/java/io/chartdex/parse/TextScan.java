package io.chartdex.parse;

/**
 * Small case-insensitive scanning helpers over raw text. They compare in place with {@code
 * regionMatches} instead of lower-casing a copy, so indexes stay valid for every character
 * (lower-casing may change a string's length). Stateless and thread-safe.
 */
final class TextScan {

  private TextScan() {}

  /** Index of {@code word} at or after {@code from} with no letter right before it, or -1. */
  static int indexOfWord(String s, String word, int from) {
    int n = word.length();
    if (n == 0) {
      return -1;
    }
    int limit = s.length() - n;
    char lower = Character.toLowerCase(word.charAt(0));
    char upper = Character.toUpperCase(word.charAt(0));
    for (int i = Math.max(0, from); i <= limit; i++) {
      char c = s.charAt(i);
      // a cheap first-character test before the full case-insensitive comparison
      if ((c == lower || c == upper)
          && s.regionMatches(true, i, word, 0, n)
          && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code word} occurs as a word start anywhere in {@code s}. */
  static boolean containsWord(String s, String word) {
    return indexOfWord(s, word, 0) >= 0;
  }

  /** Whether any of {@code words} occurs as a word start in {@code s}. */
  static boolean containsAnyWord(String s, String... words) {
    for (String w : words) {
      if (containsWord(s, w)) {
        return true;
      }
    }
    return false;
  }

  /** First index at or after {@code i} that is not a space or tab. */
  static int skipBlanks(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Skips hedges before a number ("approximately", "about", "roughly", "~", "≈") so that {@code
   * approximately 0.5} reads as 0.5.
   */
  static int skipHedges(String s, int i) {
    String[] hedges = {
      "approximately",
      "approx.",
      "approx",
      "about",
      "around",
      "roughly",
      "nearly",
      "almost",
      "circa",
      "ca.",
      "~",
      "≈",
      "∼",
      "just over",
      "just under",
      "over",
      "under"
    };
    boolean moved = true;
    while (moved) {
      moved = false;
      i = skipBlanks(s, i);
      for (String h : hedges) {
        if (s.regionMatches(true, i, h, 0, h.length())) {
          int after = i + h.length();
          boolean symbol = !Character.isLetter(h.charAt(0));
          if (symbol || after >= s.length() || !Character.isLetter(s.charAt(after))) {
            i = after;
            moved = true;
            break;
          }
        }
      }
    }
    return i;
  }
}
