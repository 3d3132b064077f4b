package io.chartdex.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the numbers chart descriptions write: {@code 32K}, {@code 1.5M}, {@code 20B}, {@code
 * 1.2e11}, {@code 10^-4}, {@code 10^{-4}}, {@code 10^(-4)}, {@code 10<sup>19</sup>}, {@code 10⁻⁴},
 * {@code 2×10^-4}, {@code −5} (Unicode minus), {@code 1,000}, {@code 60%}, {@code 2 million}. A
 * hand-written scanner: one pass, no backtracking, never throws. A hyphen is a minus sign only
 * where no letter or digit precedes it, so {@code 0-60} is a range while {@code -0.4} is negative.
 * Stateless and thread-safe.
 */
final class NumberReader {

  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private NumberReader() {}

  /** Every number in the text, left to right; numbers too large to represent are left out. */
  static List<Quantity> findAll(String text) {
    List<Quantity> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Quantity q = readAt(text, i);
      if (q == null) {
        i++;
      } else {
        if (q.finite()) {
          found.add(q);
        }
        i = Math.max(q.end(), i + 1);
      }
    }
    return found;
  }

  /** The whole (trimmed) text as one number, e.g. {@code "32K"} → 32000; null otherwise. */
  static Double parse(String text) {
    String t = text.strip();
    Quantity q = readAt(t, 0);
    return q != null && q.finite() && q.end() == t.length() ? q.value() : null;
  }

  /**
   * The number that starts exactly at {@code pos} (a minus sign may stand there), or null when none
   * does. The returned value may be non-finite; its end is still where the number stopped.
   */
  static Quantity readAt(String s, int pos) {
    if (pos < 0 || pos >= s.length() || !startsNumber(s, pos)) {
      return null;
    }
    int i = pos;
    boolean negative = false;
    char c = s.charAt(i);
    if (isSign(c)) {
      negative = c != '+';
      i++;
    }
    int mantissaEnd = scanMantissa(s, i);
    if (mantissaEnd == i) {
      return null;
    }
    double value = parseDecimal(s, i, mantissaEnd);
    int[] end = {mantissaEnd};
    value = applyPower(s, end, value);
    value = applyTimesTen(s, end, value);
    value = applyMultiplier(s, end, value);
    boolean percent = false;
    int j = skipSpaces(s, end[0], 1);
    if (j < s.length() && s.charAt(j) == '%') {
      percent = true;
      end[0] = j + 1;
    }
    return new Quantity(negative ? -value : value, pos, end[0], percent);
  }

  /** A number may start here: a digit, a leading '.', or a minus sign, none glued to a word. */
  private static boolean startsNumber(String s, int pos) {
    if (pos > 0 && isWordChar(s.charAt(pos - 1))) {
      return false;
    }
    char c = s.charAt(pos);
    int next = pos;
    if (isSign(c)) {
      if ((c == '–' || c == '—') && pos > 0 && !isOpening(s.charAt(pos - 1))) {
        return false;
      }
      next = pos + 1;
    }
    if (next >= s.length()) {
      return false;
    }
    char d = s.charAt(next);
    if (isDigit(d)) {
      return true;
    }
    return d == '.' && next + 1 < s.length() && isDigit(s.charAt(next + 1));
  }

  /** End of digits with optional thousands groups, fraction and e-exponent. */
  private static int scanMantissa(String s, int from) {
    int i = digits(s, from);
    int intDigits = i - from;
    boolean inCommaList = from >= 2 && s.charAt(from - 1) == ',' && isDigit(s.charAt(from - 2));
    if (intDigits >= 1 && intDigits <= 3 && s.charAt(from) != '0' && !inCommaList) {
      i = thousandsGroups(s, i);
    }
    if (i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
      i = digits(s, i + 1);
    }
    if (i == from) {
      return from;
    }
    return exponent(s, i);
  }

  private static int thousandsGroups(String s, int i) {
    while (i + 3 < s.length()
        && s.charAt(i) == ','
        && isDigit(s.charAt(i + 1))
        && isDigit(s.charAt(i + 2))
        && isDigit(s.charAt(i + 3))
        && (i + 4 >= s.length() || !isDigit(s.charAt(i + 4)))) {
      i += 4;
    }
    return i;
  }

  private static int exponent(String s, int i) {
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+' || s.charAt(j) == '−')) {
        j++;
      }
      int k = digits(s, j);
      if (k > j && (k >= s.length() || !Character.isLetter(s.charAt(k)))) {
        return k;
      }
    }
    return i;
  }

  private static double parseDecimal(String s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '−') {
        b.append('-');
      } else if (c != ',') {
        b.append(c);
      }
    }
    return Double.parseDouble(b.toString());
  }

  /** {@code ^-4}, {@code ^{-4}}, {@code <sup>-4</sup>} or superscript digits raise the base. */
  private static double applyPower(String s, int[] end, double base) {
    int[] exp = readExponent(s, end[0]);
    if (exp == null) {
      return base;
    }
    end[0] = exp[0];
    return Math.pow(base, exponentValue(s, exp));
  }

  /** {@code 2×10^-4}, {@code 2 x 10^-4}: scientific notation written out. */
  private static double applyTimesTen(String s, int[] end, double mantissa) {
    int i = skipSpaces(s, end[0], 2);
    if (i >= s.length() || "×xX*·⋅".indexOf(s.charAt(i)) < 0) {
      return mantissa;
    }
    i = skipSpaces(s, i + 1, 2);
    if (!s.startsWith("10", i)) {
      return mantissa;
    }
    int[] exp = readExponent(s, i + 2);
    if (exp == null) {
      return mantissa;
    }
    end[0] = exp[0];
    return mantissa * Math.pow(10, exponentValue(s, exp));
  }

  /** 32K, 1.5M, 20B, 2T, or a word: thousand, million, billion, trillion. */
  private static double applyMultiplier(String s, int[] end, double value) {
    int i = end[0];
    if (i < s.length() && (i + 1 >= s.length() || !isWordChar(s.charAt(i + 1)))) {
      double factor =
          switch (s.charAt(i)) {
            case 'k', 'K' -> 1e3;
            case 'M' -> 1e6;
            case 'B' -> 1e9;
            case 'T' -> 1e12;
            default -> 0;
          };
      if (factor > 0) {
        end[0] = i + 1;
        return value * factor;
      }
    }
    int j = skipSpaces(s, i, 1);
    if (j == i + 1) {
      String[] words = {"thousand", "million", "billion", "trillion"};
      double[] factors = {1e3, 1e6, 1e9, 1e12};
      for (int w = 0; w < words.length; w++) {
        int k = j + words[w].length();
        if (s.regionMatches(true, j, words[w], 0, words[w].length())
            && (k >= s.length() || !Character.isLetter(s.charAt(k)))) {
          end[0] = k;
          return value * factors[w];
        }
      }
    }
    return value;
  }

  /**
   * The exponent after a base: returns {end, digitsFrom, digitsTo, negative(0/1), superscript(0/1)}
   * or null when no exponent follows.
   */
  private static int[] readExponent(String s, int i) {
    if (i >= s.length()) {
      return null;
    }
    if (s.charAt(i) == '^') {
      int j = i + 1;
      char close =
          j < s.length() && s.charAt(j) == '{'
              ? '}'
              : j < s.length() && s.charAt(j) == '(' ? ')' : 0;
      boolean brace = close != 0;
      if (brace) {
        j++;
      }
      int[] e = signedDigits(s, j);
      if (e == null) {
        return null;
      }
      int end = e[1];
      if (brace) {
        if (end >= s.length() || s.charAt(end) != close) {
          return null;
        }
        end++;
      }
      return new int[] {end, e[0], e[1], e[2], 0};
    }
    if (s.regionMatches(true, i, "<sup>", 0, 5)) {
      int[] e = signedDigits(s, i + 5);
      if (e == null || !s.regionMatches(true, e[1], "</sup>", 0, 6)) {
        return null;
      }
      return new int[] {e[1] + 6, e[0], e[1], e[2], 0};
    }
    int j = i;
    boolean negative = s.charAt(j) == '⁻';
    if (negative || s.charAt(j) == '⁺') {
      j++;
    }
    int k = j;
    while (k < s.length() && SUPERSCRIPT_DIGITS.indexOf(s.charAt(k)) >= 0) {
      k++;
    }
    return k > j ? new int[] {k, j, k, negative ? 1 : 0, 1} : null;
  }

  /** {digitsFrom, digitsTo, negative} of an optionally signed digit run, or null. */
  private static int[] signedDigits(String s, int j) {
    boolean negative = false;
    if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '−' || s.charAt(j) == '+')) {
      negative = s.charAt(j) != '+';
      j++;
    }
    int k = digits(s, j);
    return k > j ? new int[] {j, k, negative ? 1 : 0} : null;
  }

  /** The exponent's value; an absurdly long one is simply huge, so the power over/underflows. */
  private static double exponentValue(String s, int[] exp) {
    int from = exp[1];
    int to = exp[2];
    double v;
    if (to - from > 6) {
      v = 1e7;
    } else {
      v = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        int d = exp[4] == 1 ? SUPERSCRIPT_DIGITS.indexOf(c) : c - '0';
        v = v * 10 + d;
      }
    }
    return exp[3] == 1 ? -v : v;
  }

  /**
   * Minus, Unicode minus and plus; an en or em dash also counts when it stands alone before digits
   * ("from –30"), since a dash between two numbers is glued to the first ("0–60").
   */
  private static boolean isSign(char c) {
    return c == '-' || c == '−' || c == '+' || c == '–' || c == '—';
  }

  private static boolean isOpening(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '[' || c == ':' || c == '=';
  }

  private static int digits(String s, int i) {
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String s, int i, int max) {
    int j = i;
    while (j < s.length() && j - i < max && s.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Letters, digits and '_' glue a number to a word ("ResNet50", "log10", "Qu_1"). */
  static boolean isWordChar(char c) {
    return isDigit(c) || c == '_' || Character.isLetter(c);
  }
}
