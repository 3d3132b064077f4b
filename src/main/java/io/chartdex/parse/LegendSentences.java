package io.chartdex.parse;

import io.chartdex.model.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Legend entries stated in sentences rather than bullets: "Two lines representing Pro and Ultra
 * models, with Pro in green and Ultra in blue", "a small legend identifies them as Day 1 in blue,
 * Day 2 in orange …", and caption colour tags ("MouseGAN (blue) and MouseGAN++ (orange)").
 * Stateless and thread-safe.
 */
final class LegendSentences {
  private static final int MAX_SENTENCE = 1_000;

  /** A sentence ends at a period before a capital or at the end, not at "kol. correction". */
  private static final String SENTENCE_END = "(?:\\.\\s+(?=[A-Z])|\\.?\\s*$)";

  private static final Pattern REPRESENTING =
      Pattern.compile("representing\\s+(.+?)(?:,\\s*with\\s+|;|" + SENTENCE_END + ")");
  private static final Pattern WITH =
      Pattern.compile("\\bwith\\s+(.+?\\s(?:in|as)\\s.+?)" + SENTENCE_END);
  private static final Pattern LISTED =
      Pattern.compile("(?:\\bas|:)\\s+(.+?\\s(?:in|as)\\s.+?)" + SENTENCE_END);
  private static final Pattern NAME_IN_COLOUR =
      Pattern.compile("^(.+?)\\s+(?:in|as(?:\\s+an?)?)\\s+(.+)$");
  private static final Pattern TRAILING_KIND =
      Pattern.compile(
          "\\s+(models?|methods?|variants?|lines?|curves?|bars?|series)$",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_TAGGED = 20;

  /** "(blue)" after a name, or "(Default, blue)" naming it inside. */
  private static final Pattern COLOUR_TAG =
      Pattern.compile("\\s\\((?:([^(),]{1,40}),\\s*)?([A-Za-z -]{3,24})\\)");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the",
          "a",
          "an",
          "and",
          "or",
          "of",
          "in",
          "on",
          "for",
          "with",
          "by",
          "to",
          "from",
          "under",
          "between",
          "versus",
          "vs",
          "vs.",
          "is",
          "are",
          "as",
          "at",
          "while",
          "whereas",
          "previous",
          "proposed",
          "our",
          "their",
          "its",
          "both",
          "using");

  private LegendSentences() {}

  /**
   * Legend sentences in prose ("a small legend identifies them as Day 1 in blue, Day 2 in orange
   * and Day 3 in green"), for descriptions without legend bullets.
   */
  static List<Series> fromProse(String prose) {
    List<Series> entries = new ArrayList<>();
    if (!mentionsLegend(prose)) {
      return entries; // no sentence can: skip splitting the text into sentences
    }
    for (String sentence : prose.split("(?<=\\.)\\s+(?=[A-Z])")) {
      if (sentence.toLowerCase(Locale.ROOT).contains("legend") && sentence.length() < 1000) {
        entries.addAll(fromSentence(sentence));
      }
    }
    return entries;
  }

  /**
   * Whether "legend" occurs in any case. Only ASCII letters lower-case to the letters of "legend",
   * so this holds wherever a lower-cased sentence contains it.
   */
  private static boolean mentionsLegend(String prose) {
    for (int i = 0; i + 6 <= prose.length(); i++) {
      char c = prose.charAt(i);
      if ((c == 'l' || c == 'L') && prose.regionMatches(true, i, "legend", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names tagged with a colour in running text, as captions do: "MouseGAN (blue) and MouseGAN++
   * (orange)", "under perfect feedback (blue)", "(Default, blue)". The name is the capitalised or
   * digit-bearing words before the tag, else up to three lower-case words back to a function word.
   */
  static List<Series> fromColourTags(String prose) {
    Map<String, Series> byName = new LinkedHashMap<>();
    Matcher tag = COLOUR_TAG.matcher(prose);
    while (tag.find() && byName.size() < MAX_TAGGED) {
      String written = tag.group(2).strip().toLowerCase(Locale.ROOT);
      String colour = ColorWords.phraseIn(written);
      if (colour != null && colour.equals(written)) {
        String name =
            tag.group(1) != null
                ? LegendReader.clean(tag.group(1))
                : nameBefore(prose, tag.start());
        if (name != null && !name.isEmpty() && !ColorWords.mentions(name)) {
          byName.putIfAbsent(name.toLowerCase(Locale.ROOT), new Series(name, colour, null));
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static String nameBefore(String prose, int end) {
    String[] words = prose.substring(Math.max(0, end - 80), end).strip().split("\\s+");
    List<String> name = new ArrayList<>();
    boolean marked = false;
    for (int i = words.length - 1; i >= 0 && name.size() < 3; i--) {
      String word = words[i];
      boolean markedWord = word.matches(".*[A-Z0-9].*");
      if (word.isEmpty()
          || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))
          || word.matches(".*[.,;:()\\]\\[{}$\\\\].*")
          || (marked && !markedWord)) {
        break;
      }
      marked |= markedWord;
      name.add(0, word);
    }
    return name.isEmpty() ? null : String.join(" ", name);
  }

  /** "Three lines representing A, B and C, with A in red (circle markers), B in blue …". */
  static List<Series> fromSentence(String sentence) {
    if (sentence.length() > MAX_SENTENCE) {
      return List.of(); // the lazy patterns below are quadratic; legend sentences are short
    }
    Matcher names = REPRESENTING.matcher(sentence);
    Map<String, String> described = new LinkedHashMap<>();
    Matcher with = WITH.matcher(sentence);
    Matcher listing = LISTED.matcher(sentence);
    String pairs = with.find() ? with.group(1) : listing.find() ? listing.group(1) : "";
    for (String piece : TopLevel.split(pairs)) {
      Matcher m = NAME_IN_COLOUR.matcher(piece.strip());
      if (m.matches() && ColorWords.mentions(m.group(2)) && !ColorWords.mentions(m.group(1))) {
        described.put(LegendReader.clean(m.group(1)), m.group(2));
      }
    }
    List<String> listed = new ArrayList<>();
    if (names.find()) {
      for (String name : TopLevel.split(names.group(1))) {
        listed.add(TRAILING_KIND.matcher(LegendReader.clean(name)).replaceAll(""));
      }
    } else {
      listed.addAll(described.keySet());
    }
    List<Series> entries = new ArrayList<>();
    for (String name : listed) {
      if (!name.isEmpty() && name.length() <= 80) {
        String description = described.get(name);
        entries.add(
            description == null
                ? new Series(name, null, null)
                : LegendReader.series(name, description));
      }
    }
    return entries;
  }
}
