package io.chartdex.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Colour words in English text. The list lives in code, not index-config: colour names are part of
 * the language, not of a deployment, and the parser's legend reading depends on them. Stateless and
 * thread-safe.
 *
 * <p>{@link #find} returns hues ("blue"; "grey" as "gray") for the record's colour facet; {@link
 * #phraseIn} keeps a modifier ("dark blue", "light gray") for a legend entry, as written.
 */
final class ColorWords {
  private static final List<String> HUES =
      List.of(
          "red",
          "green",
          "blue",
          "orange",
          "purple",
          "yellow",
          "black",
          "white",
          "gray",
          "grey",
          "brown",
          "pink",
          "cyan",
          "magenta",
          "teal",
          "olive",
          "navy",
          "maroon",
          "violet",
          "indigo",
          "turquoise",
          "salmon",
          "gold",
          "golden",
          "beige",
          "lavender",
          "lime",
          "crimson",
          "tan",
          "coral",
          "amber",
          "silver",
          "aqua",
          "khaki");

  private static final List<String> MODIFIERS =
      List.of(
          "light",
          "dark",
          "pale",
          "medium",
          "deep",
          "bright",
          "steel",
          "sky",
          "navy",
          "olive",
          "forest",
          "royal",
          "lime",
          "sea",
          "muted",
          "faded",
          "vivid",
          "grayish",
          "greyish",
          "bluish",
          "reddish",
          "greenish");

  private static final Pattern HUE =
      Pattern.compile(
          "(?<![\\p{L}-])(" + String.join("|", HUES) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  private static final Pattern PHRASE =
      Pattern.compile(
          "(?<![\\p{L}])((?:(?:"
              + String.join("|", MODIFIERS)
              + ")[ -]?)?(?:"
              + String.join("|", HUES)
              + "))(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);

  /** Where HUE can match: no letter or hyphen before, a hue's first two letters at. */
  private static final GatedMatcher.Gate HUE_START =
      Gates.words(Gates.Before.LETTER_OR_HYPHEN, true, HUES);

  /** Where PHRASE can match: no letter before, a modifier's or hue's first two letters at. */
  private static final GatedMatcher.Gate PHRASE_START =
      Gates.words(Gates.Before.LETTER, true, concat(MODIFIERS, HUES));

  private static final Map<String, String> SPELLING = Map.of("grey", "gray", "golden", "gold");

  private ColorWords() {}

  /** Hues the text mentions, lower-case, in order of first mention, without duplicates. */
  static List<String> find(String text) {
    Set<String> found = new LinkedHashSet<>();
    GatedMatcher m = new GatedMatcher(HUE, HUE_START, text);
    while (m.find()) {
      String hue = m.group(1).toLowerCase(Locale.ROOT);
      found.add(SPELLING.getOrDefault(hue, hue));
    }
    return new ArrayList<>(found);
  }

  /** The first colour phrase in the text, with its modifier, lower-case ("dark blue"), or null. */
  static String phraseIn(String text) {
    GatedMatcher m = new GatedMatcher(PHRASE, PHRASE_START, text);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replace('-', ' ') : null;
  }

  /** Whether the text mentions a colour at all. */
  static boolean mentions(String text) {
    return new GatedMatcher(HUE, HUE_START, text).find();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
