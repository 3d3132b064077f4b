package io.chartdex.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long list of names matched as whole words, with an optional upper-case qualifier before them
 * ("ZO-" in "ZO-AdaMM") and a version suffix after them. Java's regex engine tries every
 * alternative of one long alternation at every word start, which profiled as the largest cost of
 * parsing; here each word start tries only the names that begin with its character. The matches are
 * the ones the single alternation would find, in the same order. Immutable and thread-safe.
 */
final class NameAlternation {
  private static final Pattern QUALIFIER = Pattern.compile("[A-Z]{2,}-");

  private final Map<Integer, Pattern> byFirst;
  private final boolean qualified;
  private final boolean ignoreCase;

  private NameAlternation(Map<Integer, Pattern> byFirst, boolean qualified, boolean ignoreCase) {
    this.byFirst = Map.copyOf(byFirst);
    this.qualified = qualified;
    this.ignoreCase = ignoreCase;
  }

  /**
   * @param qualifier regex allowed before a name ("" for none)
   * @param suffix regex allowed after a name
   * @param flags regex flags (CASE_INSENSITIVE for names written in lower case)
   */
  static NameAlternation of(List<String> names, String qualifier, String suffix, int flags) {
    boolean ignoreCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
    Map<Integer, List<String>> groups = new LinkedHashMap<>();
    for (String name : names) {
      groups
          .computeIfAbsent(key(name.codePointAt(0), ignoreCase), k -> new ArrayList<>())
          .add(name);
    }
    Map<Integer, Pattern> byFirst = new HashMap<>();
    groups.forEach((first, group) -> byFirst.put(first, compile(group, qualifier, suffix, flags)));
    return new NameAlternation(byFirst, !qualifier.isEmpty(), ignoreCase);
  }

  private static Pattern compile(List<String> names, String qualifier, String suffix, int flags) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted =
        sorted.stream().map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).toList();
    String regex =
        "(?<![\\p{L}\\p{N}-])"
            + qualifier
            + "(?:"
            + String.join("|", quoted)
            + ")"
            + suffix
            + "(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])";
    return Pattern.compile(regex, flags | Pattern.UNICODE_CASE);
  }

  private static int key(int codePoint, boolean ignoreCase) {
    return ignoreCase ? Character.toLowerCase(codePoint) : codePoint;
  }

  /** Every match in the text, left to right and not overlapping, up to {@code limit}. */
  List<MatchResult> findAll(String text, int limit) {
    List<MatchResult> found = new ArrayList<>();
    Map<Integer, Matcher> matchers = new HashMap<>();
    int i = 0;
    while (i < text.length() && found.size() < limit) {
      MatchResult match = wordStart(text, i) ? matchAt(text, i, matchers) : null;
      if (match != null && match.end() > i) {
        found.add(match);
        i = match.end();
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return found;
  }

  private static boolean wordStart(String text, int i) {
    if (i == 0) {
      return true;
    }
    int before = text.codePointBefore(i);
    return !Character.isLetterOrDigit(before) && before != '-';
  }

  /** The match the single alternation would make here: with a qualifier first, else without. */
  private MatchResult matchAt(String text, int i, Map<Integer, Matcher> matchers) {
    if (qualified) {
      Matcher q = QUALIFIER.matcher(text).region(i, text.length());
      if (q.lookingAt() && q.end() < text.length()) {
        MatchResult withQualifier = tryPattern(text, i, text.codePointAt(q.end()), matchers);
        if (withQualifier != null) {
          return withQualifier;
        }
      }
    }
    return tryPattern(text, i, text.codePointAt(i), matchers);
  }

  private MatchResult tryPattern(String text, int i, int first, Map<Integer, Matcher> matchers) {
    Pattern pattern = byFirst.get(key(first, ignoreCase));
    if (pattern == null) {
      return null;
    }
    Matcher m = matchers.computeIfAbsent(first, k -> pattern.matcher(text));
    m.region(i, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    return m.lookingAt() ? m.toMatchResult() : null;
  }
}
