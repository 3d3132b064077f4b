package io.chartdex.bench.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark query, engine-neutral: every peer translates it into its own syntax. Immutable.
 * Stored one a line, tab-separated, in {@code queries.tsv}, so the peers need no JSON library.
 *
 * @param queryClass axis_phrase, facet_filter, axis_range, free_text or mixed
 * @param words free-text words (ANDed), may be empty
 * @param axisPhrase a phrase that must occur in an axis label, may be empty
 * @param type chart-type filter, may be empty
 * @param model model filter, may be empty
 * @param rangeRole "x" or "y" for an axis-range filter, empty for none
 * @param rangeMin lower end of the range filter (the axis range must intersect [min, max])
 * @param rangeMax upper end of the range filter
 * @param facets dimensions to count (type, model, axis), two or three
 */
public record BenchQuery(
    String queryClass,
    String words,
    String axisPhrase,
    String type,
    String model,
    String rangeRole,
    double rangeMin,
    double rangeMax,
    List<String> facets) {

  public static final List<String> CLASSES =
      List.of("axis_phrase", "facet_filter", "axis_range", "free_text", "mixed");

  public boolean hasRange() {
    return !rangeRole.isEmpty();
  }

  public String toLine() {
    return String.join(
        "\t",
        queryClass,
        words,
        axisPhrase,
        type,
        model,
        rangeRole,
        Double.toString(rangeMin),
        Double.toString(rangeMax),
        String.join(",", facets));
  }

  public static BenchQuery fromLine(String line) {
    String[] f = line.split("\t", -1);
    return new BenchQuery(
        f[0],
        f[1],
        f[2],
        f[3],
        f[4],
        f[5],
        Double.parseDouble(f[6]),
        Double.parseDouble(f[7]),
        List.of(f[8].split(",")));
  }

  public static List<BenchQuery> read(Path file) throws IOException {
    List<BenchQuery> queries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        queries.add(fromLine(line));
      }
    }
    return queries;
  }
}
