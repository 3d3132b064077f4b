package io.chartdex.bench.corpus;

import io.chartdex.bench.common.ChartFacts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic corpus: {@code docs/NNN/chart-NNNNNNN.md} (a thousand a folder), {@code
 * facts.tsv} (what each description states, for the peers that have no parser) and {@code
 * queries.tsv} (the query set, drawn from the corpus). Seeded and deterministic: document i depends
 * only on the seed and i. Usage: {@code CorpusGenerator <outDir> <docs> [seed]}.
 */
public final class CorpusGenerator {
  /** Style shares in per cent, A to F: bullet styles dominate real model output. */
  private static final int[] STYLE_SHARES = {25, 20, 10, 15, 15, 15};

  private final Vocabulary vocabulary;
  private final DescriptionWriter writer = new DescriptionWriter();
  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
    this.vocabulary = new Vocabulary(seed);
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int docs = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    long t0 = System.nanoTime();
    List<ChartFacts> facts = new CorpusGenerator(seed).generate(out, docs);
    QuerySetBuilder.write(facts, seed, out.resolve("queries.tsv"));
    System.err.printf(
        Locale.ROOT,
        "generated %d descriptions in %.1f s into %s%n",
        facts.size(),
        (System.nanoTime() - t0) / 1e9,
        out);
  }

  /** Writes the documents and facts.tsv; returns the facts in document order. */
  public List<ChartFacts> generate(Path out, int docs) throws IOException {
    List<ChartFacts> facts = new ArrayList<>(docs);
    Files.createDirectories(out);
    try (BufferedWriter tsv =
        Files.newBufferedWriter(out.resolve("facts.tsv"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < docs; i++) {
        ChartFacts f = writeOne(out, i);
        facts.add(f);
        tsv.write(f.toLine());
        tsv.newLine();
      }
    }
    return facts;
  }

  private ChartFacts writeOne(Path out, int i) throws IOException {
    Random r = new Random(seed * 1_000_003L + i);
    char style = style(r);
    ChartSpec spec = ChartSpec.random(r, vocabulary, style == 'F');
    String text = writer.write(spec, style, r);
    String dir = String.format(Locale.ROOT, "%03d", i / 1000);
    String name = String.format(Locale.ROOT, "chart-%07d.md", i);
    Path file = out.resolve("docs").resolve(dir).resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return new ChartFacts(
        dir + "/" + name,
        "docs/" + dir + "/" + name,
        spec.title(),
        spec.type().canonical(),
        spec.x().label(),
        spec.x().min(),
        spec.x().max(),
        spec.y().label(),
        spec.y().min(),
        spec.y().max(),
        spec.models(),
        spec.series().stream().map(ChartSpec.SeriesSpec::name).toList(),
        spec.series().stream().map(ChartSpec.SeriesSpec::color).distinct().toList());
  }

  private static char style(Random r) {
    int roll = r.nextInt(100);
    for (int s = 0; s < STYLE_SHARES.length; s++) {
      roll -= STYLE_SHARES[s];
      if (roll < 0) {
        return (char) ('A' + s);
      }
    }
    return 'A';
  }
}
