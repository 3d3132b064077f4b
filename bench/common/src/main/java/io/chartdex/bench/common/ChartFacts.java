package io.chartdex.bench.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the generator knows about one generated description: the fields that the peers without a
 * chart parser (raw Lucene, Solr, SQLite) index beside the text. chartdex ignores it and parses the
 * text. One a line in {@code facts.tsv}; lists are joined with '|'. Immutable.
 *
 * @param id document id (also the file name without .md)
 * @param file path of the description relative to the corpus directory
 */
public record ChartFacts(
    String id,
    String file,
    String title,
    String type,
    String xLabel,
    double xMin,
    double xMax,
    String yLabel,
    double yMin,
    double yMax,
    List<String> models,
    List<String> series,
    List<String> colors) {

  public String toLine() {
    return String.join(
        "\t",
        id,
        file,
        title,
        type,
        xLabel,
        Double.toString(xMin),
        Double.toString(xMax),
        yLabel,
        Double.toString(yMin),
        Double.toString(yMax),
        String.join("|", models),
        String.join("|", series),
        String.join("|", colors));
  }

  public static ChartFacts fromLine(String line) {
    String[] f = line.split("\t", -1);
    return new ChartFacts(
        f[0],
        f[1],
        f[2],
        f[3],
        f[4],
        Double.parseDouble(f[5]),
        Double.parseDouble(f[6]),
        f[7],
        Double.parseDouble(f[8]),
        Double.parseDouble(f[9]),
        list(f[10]),
        list(f[11]),
        list(f[12]));
  }

  private static List<String> list(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
  }

  public static List<ChartFacts> read(Path file) throws IOException {
    List<ChartFacts> facts = new ArrayList<>();
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      lines.filter(l -> !l.isBlank()).forEach(l -> facts.add(fromLine(l)));
    }
    return facts;
  }
}
