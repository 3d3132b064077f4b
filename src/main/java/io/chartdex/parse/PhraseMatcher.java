package io.chartdex.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known phrases in text: case-insensitive, on word boundaries, any run of spaces between
 * words, the longest phrase winning at a given place. One compiled alternation of quoted literals,
 * so matching is linear in the text and cannot backtrack badly. Immutable and thread-safe.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {
  /** One phrase found: as written in the text, what it stands for, and where. */
  record Match<T>(String written, T value, int start, int end) {}

  private final Map<String, T> byKey;
  private final Pattern pattern;

  private PhraseMatcher(Map<String, T> byKey, Pattern pattern) {
    this.byKey = byKey;
    this.pattern = pattern;
  }

  /** A matcher for these phrases; an empty map matches nothing. */
  static <T> PhraseMatcher<T> of(Map<String, T> phrases) {
    Map<String, T> byKey = new LinkedHashMap<>();
    phrases.forEach((phrase, value) -> byKey.putIfAbsent(key(phrase), value));
    List<String> ordered = new ArrayList<>(byKey.keySet());
    ordered.removeIf(String::isEmpty);
    ordered.sort(Comparator.comparingInt(String::length).reversed());
    List<String> alternatives = new ArrayList<>();
    for (String phrase : ordered) {
      List<String> words = new ArrayList<>();
      for (String word : phrase.split(" ")) {
        words.add(Pattern.quote(word));
      }
      alternatives.add(String.join("\\s+", words));
    }
    String regex =
        alternatives.isEmpty()
            ? "(?!)"
            : "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])";
    return new PhraseMatcher<>(
        Map.copyOf(byKey), Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** Every non-overlapping phrase in the text, in order. */
  List<Match<T>> findAll(CharSequence text) {
    List<Match<T>> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(new Match<>(m.group(), byKey.get(key(m.group())), m.start(), m.end()));
    }
    return found;
  }

  /** The first phrase in the text, or null. */
  Match<T> findFirst(CharSequence text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? new Match<>(m.group(), byKey.get(key(m.group())), m.start(), m.end()) : null;
  }

  /** What the whole text stands for when it is exactly one phrase, or null. */
  T exactly(String text) {
    return byKey.get(key(text));
  }

  /** Lower case, single spaces: how phrases are compared. */
  static String key(String phrase) {
    return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
