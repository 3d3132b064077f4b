package io.chartdex.bench.corpus;

import io.chartdex.bench.common.BenchQuery;
import io.chartdex.bench.common.ChartFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Draws the query set from the generated facts, so every query is about something the corpus
 * holds: axis-label phrases, chart type + model filters, axis ranges, 1–4 free words, and mixes;
 * each asks for two or three facets (highlighting is always on). Deterministic for a seed.
 */
final class QuerySetBuilder {
  static final int PER_CLASS = 40;
  private static final Set<String> STOP =
      Set.of("the", "and", "for", "of", "on", "vs", "across", "effect", "comparison", "with");

  private QuerySetBuilder() {}

  static void write(List<ChartFacts> facts, long seed, Path file) throws IOException {
    Random r = new Random(seed ^ 0x5eedL);
    List<String> lines = new ArrayList<>();
    for (String cls : BenchQuery.CLASSES) {
      for (int i = 0; i < PER_CLASS; i++) {
        lines.add(query(cls, facts, r).toLine());
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static BenchQuery query(String cls, List<ChartFacts> facts, Random r) {
    List<String> twoFacets = List.of("type", "model");
    List<String> threeFacets = List.of("type", "model", "axis");
    ChartFacts f = facts.get(r.nextInt(facts.size()));
    return switch (cls) {
      case "axis_phrase" ->
          new BenchQuery(cls, "", phrase(f.yLabel()), "", "", "", 0, 0, threeFacets);
      case "facet_filter" -> {
        ChartFacts m = withModel(facts, r);
        yield new BenchQuery(cls, "", "", m.type(), m.models().get(0), "", 0, 0, threeFacets);
      }
      case "axis_range" -> {
        ChartFacts n = withNumericX(facts, r);
        double span = n.xMax() - n.xMin();
        yield new BenchQuery(
            cls, "", "", "", "", "x", n.xMin() + span * 0.25, n.xMax() + span, twoFacets);
      }
      case "free_text" -> new BenchQuery(cls, words(f.title(), 1 + r.nextInt(4), r), "", "", "", "", 0, 0, threeFacets);
      default -> {
        ChartFacts n = withNumericX(facts, r);
        double span = n.xMax() - n.xMin();
        yield new BenchQuery(
            cls, words(n.title(), 1 + r.nextInt(2), r), "", n.type(), "", "x",
            n.xMin(), n.xMin() + span / 2, threeFacets);
      }
    };
  }

  private static ChartFacts withModel(List<ChartFacts> facts, Random r) {
    ChartFacts f;
    do {
      f = facts.get(r.nextInt(facts.size()));
    } while (f.models().isEmpty());
    return f;
  }

  private static ChartFacts withNumericX(List<ChartFacts> facts, Random r) {
    ChartFacts f;
    do {
      f = facts.get(r.nextInt(facts.size()));
    } while (Double.isNaN(f.xMin()));
    return f;
  }

  /** The first two words of an axis label, without its unit. */
  private static String phrase(String label) {
    List<String> w = plainWords(label.replaceAll("\\(.*", "").replaceAll("\\[.*", ""));
    return String.join(" ", w.subList(0, Math.min(2, w.size())));
  }

  /** A run of n content words from a text, starting at a random word. */
  private static String words(String text, int n, Random r) {
    List<String> w = plainWords(text).stream().filter(s -> !STOP.contains(s)).toList();
    if (w.isEmpty()) {
      return "chart";
    }
    int from = r.nextInt(Math.max(1, w.size() - n + 1));
    return String.join(" ", w.subList(from, Math.min(w.size(), from + n)));
  }

  private static List<String> plainWords(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
        .filter(s -> s.length() > 1)
        .toList();
  }
}
