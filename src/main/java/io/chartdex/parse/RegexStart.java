package io.chartdex.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a configured regex (models.json "patterns") can start, read from its source when that
 * source is simple enough to be sure. Understood: an optional {@code \b}; a first element that is a
 * class of ASCII letters and digits ({@code [A-Z]}), a literal letter or digit, or a group of
 * literal alternatives ({@code (?:Llama|Qwen)}); then more such classes and letters, each
 * optionally repeated, up to a required literal — a group of alternatives ({@code (?:GPT|BERT)}) or
 * a punctuation character ({@code -}). A match then starts with a first-element character, after no
 * word character if {@code \b} leads, and reaches its required literal through characters of the
 * classes before it. Anything else (flags, lookarounds, escapes, top-level {@code |}) gets no gate
 * and the regex runs everywhere as before. Immutable and thread-safe; its gates are per scan.
 */
final class RegexStart {
  private static final int ASCII = 128;
  private static final String PUNCTUATION = "-_ ,:/@'\"=;!<>~&%";

  private final boolean understood;
  private final boolean boundary;
  private final boolean[] first = new boolean[ASCII];
  private final boolean[] before = new boolean[ASCII];
  private final List<String> firstWords = new ArrayList<>();
  private final List<String> required = new ArrayList<>();

  private RegexStart(Pattern pattern) {
    String source = pattern.pattern();
    boundary = source.startsWith("\\b");
    understood =
        pattern.flags() == 0 && singleTopLevelBranch(source) && read(source, boundary ? 2 : 0);
  }

  static RegexStart of(Pattern pattern) {
    return new RegexStart(pattern);
  }

  /** A new gate for one scan, or null (every position) when the source was not understood. */
  GatedMatcher.Gate gate() {
    return understood ? new Scan() : null;
  }

  /** Reads the elements from {@code at}; false when the source is not of the understood form. */
  private boolean read(String source, int at) {
    int end = element(source, at, first, firstWords);
    if (end < 0 || optional(source, end)) {
      return false;
    }
    if (!firstWords.isEmpty()) {
      return true; // the first element is itself the literal a match starts with
    }
    copyInto(first, before);
    int i = skipQuantifier(source, end);
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '(' || PUNCTUATION.indexOf(c) >= 0) {
        int literalEnd = c == '(' ? element(source, i, new boolean[ASCII], required) : i + 1;
        if (literalEnd < 0 || optional(source, literalEnd) || c == '(' && required.isEmpty()) {
          required.clear();
          return true; // no literal to require: the first character alone gates
        }
        if (c != '(') {
          required.add(String.valueOf(c));
        }
        return true;
      }
      boolean[] chars = new boolean[ASCII];
      int next = element(source, i, chars, new ArrayList<>());
      if (next < 0 || next == i) {
        return true;
      }
      or(chars, before);
      i = skipQuantifier(source, next);
    }
    return true;
  }

  /** One class, literal letter or digit, or literal group at {@code at}; its end, or -1. */
  private static int element(String source, int at, boolean[] chars, List<String> words) {
    if (at >= source.length()) {
      return -1;
    }
    char c = source.charAt(at);
    if (isAlnum(c)) {
      chars[c] = true;
      return at + 1;
    }
    if (c == '[') {
      return charClass(source, at + 1, chars);
    }
    if (source.startsWith("(?:", at)) {
      return alternatives(source, at + 3, chars, words);
    }
    return -1;
  }

  /** {@code [A-Za-z0-9]}-style class content up to its {@code ]}. */
  private static int charClass(String source, int at, boolean[] chars) {
    int i = at;
    while (i < source.length() && source.charAt(i) != ']') {
      char from = source.charAt(i);
      char to = from;
      if (i + 2 < source.length() && source.charAt(i + 1) == '-' && source.charAt(i + 2) != ']') {
        to = source.charAt(i + 2);
        i += 2;
      }
      if (!isAlnum(from) || !isAlnum(to) || to < from) {
        return -1;
      }
      for (char x = from; x <= to; x++) {
        chars[x] = true;
      }
      i++;
    }
    return i > at && i < source.length() ? i + 1 : -1;
  }

  /** {@code Llama|Qwen)}: literal alphanumeric alternatives up to the group's close. */
  private static int alternatives(String source, int at, boolean[] chars, List<String> words) {
    int start = at;
    for (int i = at; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '|' || c == ')') {
        if (i == start) {
          return -1; // an empty alternative
        }
        words.add(source.substring(start, i));
        chars[source.charAt(start)] = true;
        start = i + 1;
        if (c == ')') {
          return i + 1;
        }
      } else if (!isAlnum(c)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean optional(String source, int end) {
    return end < source.length() && "?*{".indexOf(source.charAt(end)) >= 0;
  }

  /** Past a {@code +}, {@code *} or {@code ?} (and a lazy or possessive mark); -1 on {@code {}. */
  private static int skipQuantifier(String source, int at) {
    int i = at;
    if (i < source.length() && "+*?".indexOf(source.charAt(i)) >= 0) {
      i++;
      if (i < source.length() && "+?".indexOf(source.charAt(i)) >= 0) {
        i++;
      }
    }
    return i < source.length() && source.charAt(i) == '{' ? source.length() : i;
  }

  /**
   * Whether no {@code |} stands outside groups and classes and no inline flag or quoting is used,
   * so that the elements read begin every match; a source it cannot follow counts as not.
   */
  private static boolean singleTopLevelBranch(String source) {
    int depth = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        if (i + 1 < source.length() && "QEc".indexOf(source.charAt(i + 1)) >= 0) {
          return false; // quoting and control escapes: not followed here
        }
        i++;
      } else if (c == '[') {
        i = classEnd(source, i);
        if (i < 0) {
          return false;
        }
      } else if (c == '(') {
        if (source.startsWith("(?", i) && i + 2 < source.length() && isFlag(source.charAt(i + 2))) {
          return false; // inline flags ((?x) makes '#' a comment): not followed here
        }
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** Index of the {@code ]} closing the class opened at {@code open}, or -1. */
  private static int classEnd(String source, int open) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && i > open + 1) {
        depth--;
        if (depth == 0) {
          return i;
        }
      } else if (c == ']') {
        return -1; // "[]" or "[]...]": not followed here
      }
    }
    return -1;
  }

  private static boolean isFlag(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '^';
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static void copyInto(boolean[] from, boolean[] to) {
    System.arraycopy(from, 0, to, 0, from.length);
  }

  private static void or(boolean[] from, boolean[] to) {
    for (int i = 0; i < from.length; i++) {
      to[i] |= from[i];
    }
  }

  /**
   * One scan's gate. Asked about increasing positions, it keeps each required literal's next
   * occurrence and the end of the current run of characters that may precede it, so the whole scan
   * stays linear.
   */
  private final class Scan implements GatedMatcher.Gate {
    private final int[] nextAt = new int[required.size()];
    private int runEnd = -1;

    Scan() {
      Arrays.fill(nextAt, -1);
    }

    @Override
    public int next(String text, int from) {
      for (int at = from; at < text.length(); at++) {
        if (admits(text, at)) {
          return at;
        }
      }
      return -1;
    }

    private boolean admits(String text, int at) {
      char c = text.charAt(at);
      if (c >= ASCII || !first[c] || (boundary && !Gates.afterNonWord(text, at))) {
        return false;
      }
      if (!firstWords.isEmpty()) {
        return startsWithOne(text, at);
      }
      return required.isEmpty() || nextRequired(text, at) <= runEnd(text, at);
    }

    private boolean startsWithOne(String text, int at) {
      for (String word : firstWords) {
        if (text.startsWith(word, at)) {
          return true;
        }
      }
      return false;
    }

    /** The first occurrence of a required literal at or after {@code at}, or MAX_VALUE. */
    private int nextRequired(String text, int at) {
      int nearest = Integer.MAX_VALUE;
      for (int j = 0; j < nextAt.length; j++) {
        if (nextAt[j] != Integer.MAX_VALUE && nextAt[j] < at) {
          int found = text.indexOf(required.get(j), at);
          nextAt[j] = found < 0 ? Integer.MAX_VALUE : found;
        }
        nearest = Math.min(nearest, nextAt[j]);
      }
      return nearest;
    }

    /** The first position at or after {@code at} whose character no element before can match. */
    private int runEnd(String text, int at) {
      if (runEnd < at) {
        runEnd = at;
        while (runEnd < text.length()
            && text.charAt(runEnd) < ASCII
            && before[text.charAt(runEnd)]) {
          runEnd++;
        }
      }
      return runEnd;
    }
  }
}
