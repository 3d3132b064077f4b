package io.chartdex.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.chartdex.config.ConfigException;
import io.chartdex.config.ConfigSource;
import io.chartdex.model.ChartType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chart-type vocabulary of {@code index-config/chart-types.json}: written forms ("Heat map",
 * "Line Graphs", "boxplot") to canonical terms ("heatmap", "line", "box"). Immutable and
 * thread-safe; to support a new type, add it to the file.
 */
final class ChartTypeVocabulary {
  static final String FILE = "chart-types.json";

  private final PhraseMatcher<String> headerPhrases;
  private final PhraseMatcher<String> prosePhrases;
  private final PhraseMatcher<String> weakPhrases;
  private final Set<String> generic;
  private final Map<String, PhraseMatcher<String>> refinementsOf;

  private ChartTypeVocabulary(
      Map<String, String> header,
      Map<String, String> prose,
      Map<String, String> weak,
      Set<String> generic,
      Map<String, Map<String, String>> refinements) {
    this.headerPhrases = PhraseMatcher.of(header);
    this.prosePhrases = PhraseMatcher.of(prose);
    this.weakPhrases = PhraseMatcher.of(weak);
    this.generic = Set.copyOf(generic);
    Map<String, PhraseMatcher<String>> compiled = new HashMap<>();
    refinements.forEach((broad, narrow) -> compiled.put(broad, PhraseMatcher.of(narrow)));
    this.refinementsOf = Map.copyOf(compiled);
  }

  /**
   * Loads the vocabulary.
   *
   * @throws ConfigException when the file is missing or a type lacks its term
   */
  static ChartTypeVocabulary load(ConfigSource config) {
    JsonNode root = config.readJson(FILE);
    JsonNode types = root.path("types");
    if (!types.isArray() || types.isEmpty()) {
      throw new ConfigException(config.describe(FILE), "types", "must be a non-empty array");
    }
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, String> prose = new LinkedHashMap<>();
    Map<String, String> weak = new LinkedHashMap<>();
    Map<String, Map<String, String>> refinements = new HashMap<>();
    for (int i = 0; i < types.size(); i++) {
      JsonNode type = types.get(i);
      String term = type.path("term").asText("").strip();
      if (term.isEmpty()) {
        throw new ConfigException(config.describe(FILE), "types[" + i + "].term", "is missing");
      }
      header.put(term, term); // a bare term ("line", "other") is too loose for prose
      for (String variant : strings(type.path("variants"))) {
        header.put(variant, term);
        prose.put(variant, term);
      }
      strings(type.path("headerVariants")).forEach(variant -> header.put(variant, term));
      strings(type.path("weakVariants")).forEach(variant -> weak.put(variant, term));
      for (String broad : strings(type.path("refines"))) {
        Map<String, String> narrow = refinements.computeIfAbsent(broad, b -> new LinkedHashMap<>());
        narrow.put(term, term);
        strings(type.path("variants")).forEach(variant -> narrow.put(variant, term));
      }
    }
    Set<String> generic =
        Set.copyOf(strings(root.path("generic")).stream().map(PhraseMatcher::key).toList());
    return new ChartTypeVocabulary(header, prose, weak, generic, refinements);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }

  /** Whether a header's type phrase names no type ("Chart", "Technical Document Extraction"). */
  boolean isGeneric(String phrase) {
    return generic.contains(PhraseMatcher.key(phrase));
  }

  /**
   * The type a header phrase names ("Line Graphs" → line), or null when it names none: generic
   * words, or words that are not a chart type at all.
   */
  ChartType ofHeader(String phrase) {
    if (isGeneric(phrase)) {
      return null;
    }
    String exact = headerPhrases.exactly(phrase);
    if (exact != null) {
      return new ChartType(phrase.strip(), exact);
    }
    PhraseMatcher.Match<String> longest = null;
    for (PhraseMatcher.Match<String> match : headerPhrases.findAll(phrase)) {
      if (longest == null || match.written().length() > longest.written().length()) {
        longest = match;
      }
    }
    return longest == null ? null : new ChartType(phrase.strip(), longest.value());
  }

  /** The first chart type running text names ("This horizontal box plot …"), or null. */
  ChartType inProse(String text) {
    PhraseMatcher.Match<String> first = prosePhrases.findFirst(text);
    return first == null ? null : new ChartType(first.written(), first.value());
  }

  /** The type a weak cue suggests ("the red curves" → line), for text that names none; or null. */
  ChartType suggestedBy(String text) {
    PhraseMatcher.Match<String> first = weakPhrases.findFirst(text);
    return first == null ? null : new ChartType(first.written(), first.value());
  }

  /**
   * The narrower term of a broad type that the text names (heatmap → confusion matrix, bar →
   * grouped bar), or the type unchanged.
   */
  ChartType refine(ChartType type, String text) {
    PhraseMatcher<String> narrower = refinementsOf.get(type.normalized());
    if (narrower == null) {
      return type;
    }
    PhraseMatcher.Match<String> match = narrower.findFirst(text);
    return match == null ? type : new ChartType(type.raw(), match.value());
  }
}
