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
  /** Characters of a name's opening tried before its regex runs. */
  private static final int OPENING = 3;

  private final Map<Integer, Group> byFirst;
  private final Group[] byAsciiFirst = new Group[128];
  private final int groupCount;
  private final boolean qualified;
  private final boolean ignoreCase;

  /** The names that begin with one character: their regex and how they open. */
  private record Group(int index, Pattern pattern, List<String> openings, Gates.Openings table) {
    /** The openings' first two characters as a table; null when one opening is empty. */
    static Group of(int index, Pattern pattern, List<String> openings, boolean ignoreCase) {
      boolean tabled = openings.stream().noneMatch(String::isEmpty);
      return new Group(
          index, pattern, openings, tabled ? new Gates.Openings(ignoreCase, openings) : null);
    }
  }

  private NameAlternation(Map<Integer, Group> byFirst, boolean qualified, boolean ignoreCase) {
    this.byFirst = Map.copyOf(byFirst);
    this.groupCount = byFirst.size();
    this.qualified = qualified;
    this.ignoreCase = ignoreCase;
    byFirst.forEach(
        (first, group) -> {
          if (first < byAsciiFirst.length) {
            byAsciiFirst[first] = group;
          }
        });
  }

  /**
   * @param qualifier regex allowed before a name ("" for none); when not empty, it must be {@code
   *     (?:[A-Z]{2,}-)?}, the qualifier {@link #qualifierEnd} finds
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
    Map<Integer, Group> byFirst = new HashMap<>();
    groups.forEach(
        (first, group) ->
            byFirst.put(
                first,
                Group.of(
                    byFirst.size(),
                    compile(group, qualifier, suffix, flags),
                    group.stream().map(NameAlternation::opening).distinct().toList(),
                    ignoreCase)));
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

  /**
   * The first characters of a name that its regex matches literally: up to {@link #OPENING}, before
   * any space (matched as {@code \s+}) or non-ASCII character; may be empty.
   */
  private static String opening(String name) {
    int end = 0;
    while (end < Math.min(OPENING, name.length())
        && name.charAt(end) != ' '
        && name.charAt(end) < 128) {
      end++;
    }
    return name.substring(0, end);
  }

  private static int key(int codePoint, boolean ignoreCase) {
    return ignoreCase ? Character.toLowerCase(codePoint) : codePoint;
  }

  /** Every match in the text, left to right and not overlapping, up to {@code limit}. */
  List<MatchResult> findAll(String text, int limit) {
    List<MatchResult> found = new ArrayList<>();
    Matcher[] matchers = new Matcher[groupCount];
    int i = 0;
    while (i < text.length() && found.size() < limit) {
      MatchResult match = mayStart(text, i) ? matchAt(text, i, matchers) : null;
      if (match != null && match.end() > i) {
        found.add(match);
        i = match.end();
      } else {
        i = nextCodePoint(text, i);
      }
    }
    return found;
  }

  /** The index after the code point at {@code i}: charAt, not codePointAt, on this hot path. */
  private static int nextCodePoint(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i))
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))
        ? i + 2
        : i + 1;
  }

  /**
   * Whether a match may start at {@code i}: a group for its character, or a qualifier's capital
   * there, and a word start. The group test comes first because it fails far more often.
   */
  private boolean mayStart(String text, int i) {
    char c = text.charAt(i);
    boolean candidate =
        (qualified && c >= 'A' && c <= 'Z')
            || c >= byAsciiFirst.length
            || byAsciiFirst[ignoreCase && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c] != null;
    return candidate && wordStart(text, i);
  }

  private static boolean wordStart(String text, int i) {
    if (i == 0) {
      return true;
    }
    char last = text.charAt(i - 1);
    if (last < 128) { // ASCII: no surrogate, and letters and digits are ASCII's own
      return !Gates.isAsciiLetterOrDigit(last) && last != '-';
    }
    int before = text.codePointBefore(i);
    return !Character.isLetterOrDigit(before) && before != '-';
  }

  /** The match the single alternation would make here: with a qualifier first, else without. */
  private MatchResult matchAt(String text, int i, Matcher[] matchers) {
    int qualifierEnd = qualified ? qualifierEnd(text, i) : -1;
    if (qualifierEnd > 0 && qualifierEnd < text.length()) {
      MatchResult withQualifier =
          tryGroup(text, i, qualifierEnd, text.codePointAt(qualifierEnd), matchers);
      if (withQualifier != null) {
        return withQualifier;
      }
    }
    return tryGroup(text, i, qualifierEnd, text.codePointAt(i), matchers);
  }

  /** Where a qualifier ({@code [A-Z]{2,}-}) that starts at {@code i} ends, or -1. */
  private static int qualifierEnd(String text, int i) {
    int end = i;
    while (end < text.length() && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
      end++;
    }
    return end - i >= 2 && end < text.length() && text.charAt(end) == '-' ? end + 1 : -1;
  }

  /**
   * The group's match at {@code i}, its names starting there or after the qualifier; the regex runs
   * only where one of their openings is written.
   */
  private MatchResult tryGroup(
      String text, int i, int qualifierEnd, int first, Matcher[] matchers) {
    int key = key(first, ignoreCase);
    Group group = key < byAsciiFirst.length ? byAsciiFirst[key] : byFirst.get(key);
    if (group == null
        || !(opensAt(text, i, group) || (qualifierEnd > 0 && opensAt(text, qualifierEnd, group)))) {
      return null;
    }
    Matcher m = matchers[group.index()];
    if (m == null) {
      m = group.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      matchers[group.index()] = m;
    }
    m.region(i, text.length());
    return m.lookingAt() ? m.toMatchResult() : null;
  }

  private static boolean asciiAt(String text, int at) {
    return at >= text.length() || text.charAt(at) < 128;
  }

  /**
   * Whether one of the group's names can start at {@code at}. {@code regionMatches} with ignoreCase
   * accepts every pair of characters that CASE_INSENSITIVE | UNICODE_CASE does.
   */
  private boolean opensAt(String text, int at, Group group) {
    if (group.table() != null && asciiAt(text, at) && asciiAt(text, at + 1)) {
      // ASCII text folds only to ASCII, so the table of first two characters decides
      return group.table().at(text, at);
    }
    for (String opening : group.openings()) {
      if (text.regionMatches(ignoreCase, at, opening, 0, opening.length())) {
        return true;
      }
    }
    return false;
  }
}
