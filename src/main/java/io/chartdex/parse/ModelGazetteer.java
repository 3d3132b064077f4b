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
import java.util.regex.Matcher;
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

  /** Version, size and variant suffixes a family name may carry. */
  private static final String SUFFIX =
      "(?:[-.]?\\d+(?:\\.\\d+)*(?:[BMK]|x\\d+)?)?"
          + "(?:-(?:\\d+(?:\\.\\d+)*[BMKbmk]?|R\\d+(?:x\\d+)?|base|large|small|tiny|xl|xxl|chat"
          + "|instruct|turbo|Pro|Ultra|v\\d+))*";

  private static final String PREFIX = "(?:[A-Z]{2,}-)?";
  private static final String NAME_WORD = "[A-Z][\\w.+/]*(?:-[\\w.+/]+)*";
  private static final Pattern SAID_MODELS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])((?:"
              + NAME_WORD
              + "(?:\\s"
              + NAME_WORD
              + ")?)(?:(?:,\\s*|,?\\s+and\\s+)"
              + NAME_WORD
              + "(?:\\s"
              + NAME_WORD
              + ")?)*)\\s+(?:models?|methods?|algorithms?|networks?)\\b");
  private static final Pattern ENUMERATED =
      Pattern.compile(
          "\\b(?:models|methods|algorithms|estimators|classifiers|detectors)\\b[^.:;]{0,40}:\\s*([^.;\\n]{3,300})");
  private static final Pattern COMPARES =
      Pattern.compile(
          "\\b(models|methods|algorithms|approaches|estimators|classifiers|detectors|simulators"
              + "|subroutines|optimi[sz]ers|solvers|networks|architectures|variants|baselines)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MODEL_SHAPED =
      Pattern.compile(
          "^(?=.*[A-Z])(?:[A-Za-z]*[a-z][A-Z][\\w.+/-]*|[A-Z]{2,}[\\w.+/]*(?:-[\\w.+/]+)*"
              + "|[A-Za-z]+-[A-Za-z]*[A-Z][\\w.+/-]*|[A-Za-z]+\\d[\\w.+/-]*)"
              + "(?:\\s[A-Z][\\w.+/-]*)?$");
  private static final Set<String> SENTENCE_WORDS =
      Set.of("The", "This", "These", "Both", "All", "Each", "Two", "Three", "Four", "Other", "Its");

  private final Pattern exactCase;
  private final Pattern anyCase;
  private final List<Pattern> patterns;
  private final Set<String> notModels;

  private ModelGazetteer(
      Pattern exactCase, Pattern anyCase, List<Pattern> patterns, Set<String> notModels) {
    this.exactCase = exactCase;
    this.anyCase = anyCase;
    this.patterns = List.copyOf(patterns);
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
        alternation(capitalised, 0),
        alternation(lower, Pattern.CASE_INSENSITIVE),
        patterns,
        notModels);
  }

  private static Pattern alternation(List<String> names, int flags) {
    if (names.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted =
        sorted.stream().map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).toList();
    String regex =
        "(?<![\\p{L}\\p{N}-])"
            + PREFIX
            + "(?:"
            + String.join("|", quoted)
            + ")"
            + SUFFIX
            + "(?![\\p{L}\\p{N}])";
    return Pattern.compile(regex, flags | Pattern.UNICODE_CASE);
  }

  /** The models named in the text and, when it compares models or methods, in the legend. */
  List<String> find(String text, List<Series> legend) {
    List<Found> found = new ArrayList<>();
    collect(exactCase.matcher(text), 0, found);
    collect(anyCase.matcher(text), 0, found);
    for (Pattern pattern : patterns) {
      collect(pattern.matcher(text), 0, found);
    }
    Matcher said = SAID_MODELS.matcher(text);
    while (said.find()) {
      for (String name : TopLevel.split(said.group(1))) {
        addName(name, said.start(1) + Math.max(0, said.group(1).indexOf(name)), found);
      }
    }
    Matcher listed = ENUMERATED.matcher(text);
    while (listed.find()) {
      for (String name : TopLevel.split(listed.group(1))) {
        if (name.length() <= 40 && Character.isUpperCase(name.charAt(0))) {
          addName(name, listed.start(1) + listed.group(1).indexOf(name), found);
        }
      }
    }
    if (COMPARES.matcher(text).find()) {
      for (Series series : legend) {
        if (MODEL_SHAPED.matcher(series.name()).matches()) {
          int at = text.indexOf(series.name());
          addName(series.name(), at < 0 ? text.length() : at, found);
        }
      }
    }
    return distinct(found);
  }

  private record Found(String name, int start, int end) {}

  private static void collect(Matcher m, int group, List<Found> found) {
    while (m.find()) {
      found.add(new Found(m.group(group).replaceAll("\\s+", " "), m.start(group), m.end(group)));
    }
  }

  private void addName(String raw, int start, List<Found> found) {
    String name = LegendReader.clean(raw);
    String first = name.split(" ")[0];
    if (!name.isEmpty() && !SENTENCE_WORDS.contains(first)) {
      found.add(new Found(name, start, start + name.length()));
    }
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
