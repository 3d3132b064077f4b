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
  private static final int MAX_EXPONENT_DIGITS = 6;
  private static final double HUGE_EXPONENT = 1e7;
  private static final String[] MULTIPLIER_WORDS = {"thousand", "million", "billion", "trillion"};
  private static final double[] MULTIPLIER_FACTORS = {1e3, 1e6, 1e9, 1e12};

  /** A value read so far and the index where reading stopped. */
  private record Partial(double value, int end) {}

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
    Partial read = new Partial(parseDecimal(s, i, mantissaEnd), mantissaEnd);
    read = multiplier(s, timesTen(s, power(s, read)));
    int end = read.end();
    boolean percent = false;
    int j = skipSpaces(s, end, 1);
    if (j < s.length() && s.charAt(j) == '%') {
      percent = true;
      end = j + 1;
    }
    double value = read.value();
    return new Quantity(negative ? -value : value, pos, end, percent);
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
    return eNotationEnd(s, i);
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

  /** End of an e-notation exponent ("e11", "E-5") at i, or i when none follows. */
  private static int eNotationEnd(String s, int i) {
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
  private static Partial power(String s, Partial base) {
    Partial exp = exponent(s, base.end());
    return exp == null ? base : new Partial(Math.pow(base.value(), exp.value()), exp.end());
  }

  /** {@code 2×10^-4}, {@code 2 x 10^-4}: scientific notation written out. */
  private static Partial timesTen(String s, Partial mantissa) {
    int i = skipSpaces(s, mantissa.end(), 2);
    if (i >= s.length() || "×xX*·⋅".indexOf(s.charAt(i)) < 0) {
      return mantissa;
    }
    i = skipSpaces(s, i + 1, 2);
    Partial exp = s.startsWith("10", i) ? exponent(s, i + 2) : null;
    return exp == null
        ? mantissa
        : new Partial(mantissa.value() * Math.pow(10, exp.value()), exp.end());
  }

  /** 32K, 1.5M, 20B, 2T, or a word: thousand, million, billion, trillion. */
  private static Partial multiplier(String s, Partial number) {
    int i = number.end();
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
        return new Partial(number.value() * factor, i + 1);
      }
    }
    int j = skipSpaces(s, i, 1);
    if (j == i + 1) {
      for (int w = 0; w < MULTIPLIER_WORDS.length; w++) {
        String word = MULTIPLIER_WORDS[w];
        int k = j + word.length();
        if (s.regionMatches(true, j, word, 0, word.length())
            && (k >= s.length() || !Character.isLetter(s.charAt(k)))) {
          return new Partial(number.value() * MULTIPLIER_FACTORS[w], k);
        }
      }
    }
    return number;
  }

  /** The exponent written after a base ({@code ^-4}, {@code ^{-4}}, {@code <sup>-4</sup>}, ⁻⁴). */
  private static Partial exponent(String s, int i) {
    if (i >= s.length()) {
      return null;
    }
    if (s.charAt(i) == '^') {
      int j = i + 1;
      char open = j < s.length() ? s.charAt(j) : 0;
      char close = open == '{' ? '}' : open == '(' ? ')' : 0;
      Partial e = signedDigits(s, close == 0 ? j : j + 1);
      if (e == null || close == 0) {
        return e;
      }
      return e.end() < s.length() && s.charAt(e.end()) == close
          ? new Partial(e.value(), e.end() + 1)
          : null;
    }
    if (s.regionMatches(true, i, "<sup>", 0, 5)) {
      Partial e = signedDigits(s, i + 5);
      return e == null || !s.regionMatches(true, e.end(), "</sup>", 0, 6)
          ? null
          : new Partial(e.value(), e.end() + 6);
    }
    return superscriptDigits(s, i);
  }

  /** ⁻⁴, ³: an exponent in Unicode superscript characters. */
  private static Partial superscriptDigits(String s, int i) {
    boolean negative = s.charAt(i) == '⁻';
    int j = negative || s.charAt(i) == '⁺' ? i + 1 : i;
    int k = j;
    while (k < s.length() && SUPERSCRIPT_DIGITS.indexOf(s.charAt(k)) >= 0) {
      k++;
    }
    if (k == j) {
      return null;
    }
    double v = k - j > MAX_EXPONENT_DIGITS ? HUGE_EXPONENT : 0;
    for (int d = j; d < k && v != HUGE_EXPONENT; d++) {
      v = v * 10 + SUPERSCRIPT_DIGITS.indexOf(s.charAt(d));
    }
    return new Partial(negative ? -v : v, k);
  }

  /**
   * An optionally signed run of ASCII digits as an exponent; an absurdly long one is simply huge,
   * so the power overflows or underflows and the number is dropped as non-finite.
   */
  private static Partial signedDigits(String s, int j) {
    boolean negative = false;
    if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '−' || s.charAt(j) == '+')) {
      negative = s.charAt(j) != '+';
      j++;
    }
    int k = digits(s, j);
    if (k == j) {
      return null;
    }
    double v = k - j > MAX_EXPONENT_DIGITS ? HUGE_EXPONENT : 0;
    for (int d = j; d < k && v != HUGE_EXPONENT; d++) {
      v = v * 10 + (s.charAt(d) - '0');
    }
    return new Partial(negative ? -v : v, k);
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
