package io.chartdex.parse;

import java.util.Arrays;
import java.util.List;

/**
 * Building blocks for {@link GatedMatcher.Gate}s: tests of the character before a position and of
 * the first characters at it. Each is a necessary condition of a regex construct, noted where it is
 * used. Immutable and thread-safe.
 */
final class Gates {
  private static final int ASCII = 128;

  private Gates() {}

  /** What may not stand right before a match. */
  enum Before {
    /** An ASCII word character: the {@code \b} before a word character. */
    WORD,
    /** A letter: {@code (?<!\p{L})}. */
    LETTER,
    /** A letter or a hyphen: {@code (?<![\p{L}-])}. */
    LETTER_OR_HYPHEN;

    /**
     * Whether the character before {@code at} is not of this kind. Tested on the char before: a
     * regex that reads a code point there sees no letter in a lone surrogate either.
     */
    boolean allows(String text, int at) {
      if (at == 0) {
        return true;
      }
      char c = text.charAt(at - 1);
      // if-else, not a switch expression: forbiddenapis (on the build's JDK) cannot resolve
      // the MatchException an enum switch expression compiles to
      if (this == WORD) {
        return !isAsciiWord(c);
      }
      return !Character.isLetter(c) && (this == LETTER || c != '-');
    }
  }

  /** A gate admitting where one of the words can open, with no character of a kind before. */
  static GatedMatcher.Gate words(Before before, boolean ignoreCase, List<String> words) {
    Openings openings = new Openings(ignoreCase, words);
    return (text, from) -> {
      for (int at = from; at < text.length(); at++) {
        if (openings.at(text, at) && before.allows(text, at)) {
          return at;
        }
      }
      return -1;
    };
  }

  /**
   * Whether no ASCII word character ({@code [A-Za-z0-9_]}, Java's {@code \b} without
   * UNICODE_CHARACTER_CLASS) precedes {@code at}: where {@code \b} before a word character can
   * hold.
   */
  static boolean afterNonWord(String text, int at) {
    return at == 0 || !isAsciiWord(text.charAt(at - 1));
  }

  static boolean isAsciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * How words of a list begin: their first three characters, so that a literal alternation is tried
   * only where one of its words can start. For regexes without UNICODE_CASE, whose CASE_INSENSITIVE
   * folds ASCII letters only; the words must be ASCII. A non-ASCII third character in the text is
   * admitted, so the table also serves a UNICODE_CASE regex whose first two text characters are
   * ASCII.
   */
  static final class Openings {
    /** A pair's slot when a word is just that pair: any third character follows. */
    private static final short ANY_THIRD = -1;

    private final boolean ignoreCase;
    private final boolean[] single = new boolean[ASCII];

    /** Per first-two-character pair: 0 for none, ANY_THIRD, or 1 + its index in thirds. */
    private final short[] pairs = new short[ASCII * ASCII];

    /** Per slot, the third characters as two 64-bit masks (low and high half of ASCII). */
    private long[] thirds = new long[0];

    Openings(boolean ignoreCase, List<String> words) {
      this.ignoreCase = ignoreCase;
      for (String word : words) {
        if (word.isEmpty() || !word.chars().allMatch(c -> c < ASCII)) {
          throw new IllegalArgumentException("not a non-empty ASCII word: " + word);
        }
        int first = fold(word.charAt(0));
        if (word.length() == 1) {
          single[first] = true;
        } else {
          addPair(
              first * ASCII + fold(word.charAt(1)), word.length() > 2 ? fold(word.charAt(2)) : -1);
        }
      }
    }

    private void addPair(int pair, int third) {
      if (third < 0 || pairs[pair] == ANY_THIRD) {
        pairs[pair] = ANY_THIRD;
        return;
      }
      if (pairs[pair] == 0) {
        thirds = Arrays.copyOf(thirds, thirds.length + 2);
        pairs[pair] = (short) (thirds.length / 2);
      }
      thirds[2 * (pairs[pair] - 1) + third / 64] |= 1L << (third % 64);
    }

    /** Whether one of the words can start at {@code at}. */
    boolean at(String text, int at) {
      if (at >= text.length()) {
        return false;
      }
      int first = fold(text.charAt(at));
      if (first >= ASCII) {
        return false;
      }
      if (single[first]) {
        return true;
      }
      if (at + 1 >= text.length()) {
        return false;
      }
      int second = fold(text.charAt(at + 1));
      if (second >= ASCII) {
        return false;
      }
      int slot = pairs[first * ASCII + second];
      if (slot == 0 || slot == ANY_THIRD) {
        return slot == ANY_THIRD;
      }
      if (at + 2 >= text.length()) {
        return false;
      }
      int third = fold(text.charAt(at + 2));
      return third >= ASCII || (thirds[2 * (slot - 1) + third / 64] & (1L << (third % 64))) != 0;
    }

    private int fold(char c) {
      return ignoreCase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
  }
}
