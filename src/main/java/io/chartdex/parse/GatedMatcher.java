package io.chartdex.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex searched only at the positions a cheap test admits. {@link Matcher#find} runs the regex
 * engine at every position of the text, which profiled as most of the parser's time on long texts;
 * here a {@link Gate} (a few character comparisons) rules positions out first and the regex decides
 * at the rest. Because a gate must admit every position where the regex can match, the matches are
 * exactly those {@code find} would return, in the same order. Not thread-safe: one per scan.
 */
final class GatedMatcher {
  /**
   * Where a match may start: every position where the regex matches must be admitted (others may be
   * too). Each gate loops over the text itself, so the test inlines into its own loop; a gate may
   * keep state, since it is asked about increasing positions.
   */
  @FunctionalInterface
  interface Gate {
    /** The first admitted position at or after {@code from} (up to the text's length), or -1. */
    int next(String text, int from);
  }

  private final Matcher matcher;
  private final String text;
  private final Gate gate;
  private int next;

  /**
   * @param gate where a match may start; null for every position
   */
  GatedMatcher(Pattern pattern, Gate gate, String text) {
    // transparent, non-anchoring bounds: lookarounds, \b and ^ see the text outside the region
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.gate = gate;
  }

  /** The next match, as {@link Matcher#find()} would find it. */
  boolean find() {
    if (gate == null) {
      return matcher.find(); // no gate: every position, as the plain matcher tries them
    }
    int length = text.length();
    if (next > length) {
      return false;
    }
    for (int at = gate.next(text, next); at >= 0; at = gate.next(text, at + 1)) {
      matcher.region(at, length);
      if (matcher.lookingAt()) {
        next = matcher.end() == at ? at + 1 : matcher.end();
        return true;
      }
    }
    next = length + 1;
    return false;
  }

  int start() {
    return matcher.start();
  }

  int start(int group) {
    return matcher.start(group);
  }

  int end() {
    return matcher.end();
  }

  String group() {
    return matcher.group();
  }

  String group(int group) {
    return matcher.group(group);
  }
}
