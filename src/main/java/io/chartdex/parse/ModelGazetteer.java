package io.chartdex.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.chartdex.config.ConfigException;
import io.chartdex.config.ConfigSource;
import io.chartdex.model.Series;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * ML models and methods a description names, as written, without duplicates: the gazetteer of
 * {@code index-config/models.json} (families take a version or size suffix: "GPT-3.5",
 * "Llama-2-7B", "ResNet-50"), its patterns, names said to be models ("the Pro and Ultra models",
 * "lists the methods: A, B and C") and legend names shaped like model identifiers when the text
 * compares models or methods. Immutable and thread-safe.
 */
final class ModelGazetteer {
  static final String FILE = "models.json";
  private static final int MAX_OCCURRENCES = 50;

  /** Finds kept per description: overlap resolution is quadratic in them. */
  private static final int MAX_FINDS = 2_000;

  /** Version, size and variant suffixes a family name may carry. */
  private static final String SUFFIX =
      "(?:[-.]?\\d+(?:\\.\\d+)*(?:[BMK]|x\\d+)?)?"
          + "(?:-(?:\\d+(?:\\.\\d+)*[BMKbmk]?|R\\d+(?:x\\d+)?|base|large|small|tiny|xl|xxl|chat"
          + "|instruct|turbo|Pro|Ultra|v\\d+))*";

  /** An upper-case qualifier before a family name ("ZO-AdaMM"); case-sensitive patterns only. */
  private static final String PREFIX = "(?:[A-Z]{2,}-)?";

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final NameAlternation exactCase;
  private final NameAlternation anyCase;
  private final List<Pattern> patterns;
  private final List<RegexStart> patternStarts;
  private final Set<String> notModels;

  private ModelGazetteer(
      NameAlternation exactCase,
      NameAlternation anyCase,
      List<Pattern> patterns,
      Set<String> notModels) {
    this.exactCase = exactCase;
    this.anyCase = anyCase;
    this.patterns = List.copyOf(patterns);
    this.patternStarts = this.patterns.stream().map(RegexStart::of).toList();
    this.notModels = Set.copyOf(notModels);
  }

  /**
   * Loads the gazetteer.
   *
   * @throws ConfigException when the file is missing, has no names, or a pattern does not compile
   */
  static ModelGazetteer load(ConfigSource config) {
    JsonNode root = config.readJson(FILE);
    List<String> capitalised = new ArrayList<>();
    List<String> lower = new ArrayList<>();
    for (JsonNode name : root.path("names")) {
      String n = name.asText().strip();
      (n.equals(n.toLowerCase(Locale.ROOT)) ? lower : capitalised).add(n);
    }
    if (capitalised.isEmpty() && lower.isEmpty()) {
      throw new ConfigException(config.describe(FILE), "names", "must list at least one name");
    }
    List<Pattern> patterns = new ArrayList<>();
    JsonNode configured = root.path("patterns");
    for (int i = 0; i < configured.size(); i++) {
      try {
        patterns.add(Pattern.compile(configured.get(i).asText()));
      } catch (PatternSyntaxException e) {
        throw new ConfigException(
            config.describe(FILE), "patterns[" + i + "]", "invalid regex: " + e.getMessage(), e);
      }
    }
    Set<String> notModels = new LinkedHashSet<>();
    root.path("notModels").forEach(n -> notModels.add(n.asText().toLowerCase(Locale.ROOT)));
    return new ModelGazetteer(
        NameAlternation.of(capitalised, PREFIX, SUFFIX, 0),
        NameAlternation.of(lower, "", SUFFIX, Pattern.CASE_INSENSITIVE),
        patterns,
        notModels);
  }

  /**
   * The models named in the text, said to be models, or in the legend when the overview compares
   * models or methods.
   */
  List<String> find(String text, String overview, List<Series> legend) {
    List<Found> found = new ArrayList<>();
    collect(exactCase.findAll(text, MAX_FINDS), found);
    collect(anyCase.findAll(text, MAX_FINDS), found);
    for (int i = 0; i < patterns.size(); i++) {
      collect(new GatedMatcher(patterns.get(i), patternStarts.get(i).gate(), text), found);
    }
    if (!ModelCues.comparesModels(overview)) {
      found.removeIf(f -> isNumberedLabel(f.name(), legend));
    }
    List<ModelCues.Cue> cues = new ArrayList<>(ModelCues.said(text));
    cues.addAll(ModelCues.enumerated(text));
    cues.addAll(ModelCues.fromLegend(overview, legend, text));
    for (ModelCues.Cue cue : cues.subList(0, Math.min(cues.size(), MAX_FINDS))) {
      String name = LegendReader.clean(cue.name());
      if (!name.isEmpty()) {
        everywhere(name, cue.start(), text, found);
      }
    }
    return distinct(found);
  }

  /**
   * A cue's name at every place it occurs, so that the parts it spans are not names of their own.
   */
  private static void everywhere(String name, int first, String text, List<Found> found) {
    if (found.size() >= MAX_FINDS) {
      return;
    }
    found.add(new Found(name, first, first + name.length()));
    int at = text.indexOf(name);
    for (int n = 0; at >= 0 && n < MAX_OCCURRENCES; n++, at = text.indexOf(name, at + 1)) {
      found.add(new Found(name, at, at + name.length()));
    }
  }

  private record Found(String name, int start, int end) {}

  private static void collect(GatedMatcher m, List<Found> found) {
    while (found.size() < MAX_FINDS && m.find()) {
      found.add(new Found(oneSpaced(m.group()), m.start(), m.end()));
    }
  }

  private static void collect(List<MatchResult> matches, List<Found> found) {
    for (MatchResult m : matches) {
      if (found.size() >= MAX_FINDS) {
        return;
      }
      found.add(new Found(oneSpaced(m.group()), m.start(), m.end()));
    }
  }

  /** Whitespace runs as one space; most names have none, so the regex runs only if needed. */
  private static String oneSpaced(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        return WHITESPACE.matcher(name).replaceAll(" ");
      }
    }
    return name;
  }

  /**
   * Whether a name is one of a legend's numbered labels (T1 … T6): the T5 among them is a series,
   * not the T5 model.
   */
  private static boolean isNumberedLabel(String name, List<Series> legend) {
    String stem = name.replaceAll("\\d", "");
    long sameStem =
        legend.stream()
            .map(Series::name)
            .filter(label -> label.replaceAll("\\d", "").equals(stem))
            .count();
    return sameStem >= 2 && legend.stream().anyMatch(series -> series.name().equals(name));
  }

  /** "GPT-4" of "GPT", "ResNet-50" of "ResNet": a family named beside its members is not listed. */
  private static boolean isVersionOf(String member, String family) {
    return member.length() > family.length()
        && member.startsWith(family)
        && (member.charAt(family.length()) == '-'
            || Character.isDigit(member.charAt(family.length())));
  }

  /** Longest first among overlapping finds, then text order; no name twice, no listed non-model. */
  private List<String> distinct(List<Found> found) {
    List<Found> byLength = new ArrayList<>(found);
    byLength.sort(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed());
    List<Found> kept = new ArrayList<>();
    for (Found f : byLength) {
      boolean inside = kept.stream().anyMatch(k -> f.start() >= k.start() && f.end() <= k.end());
      if (!inside) {
        kept.add(f);
      }
    }
    kept.sort(Comparator.comparingInt(Found::start));
    List<Found> members = List.copyOf(kept);
    kept.removeIf(f -> members.stream().anyMatch(other -> isVersionOf(other.name(), f.name())));
    Set<String> seen = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (Found f : kept) {
      String key = f.name().toLowerCase(Locale.ROOT);
      if (!notModels.contains(key) && seen.add(key)) {
        names.add(f.name());
      }
    }
    return names;
  }
}
