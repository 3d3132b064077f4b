package io.chartdex.bench.parse;

import io.chartdex.config.ConfigSource;
import io.chartdex.model.Description;
import io.chartdex.parse.ChartParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * chartdex's parser alone: the descriptions (the first {@value #MAX_DOCS}, so large corpora stay
 * quick) are read into memory first, then parsed on one thread and on every core; prints one JSON
 * object. Usage: {@code ParserBench <corpusDir> <out.json>}.
 */
public final class ParserBench {
  static final int MAX_DOCS = 5_000;

  private ParserBench() {}

  public static void main(String[] args) throws Exception {
    List<Description> docs = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.walk(Path.of(args[0]).resolve("docs"))) {
      for (Path p :
          files.filter(f -> f.toString().endsWith(".md")).sorted().limit(MAX_DOCS).toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
        docs.add(new Description(p.getFileName().toString(), null, text));
      }
    }
    ChartParser parser = ChartParser.fromConfig(ConfigSource.bundled());
    docs.subList(0, Math.min(500, docs.size())).forEach(parser::parse); // JIT warm-up
    int cores = Runtime.getRuntime().availableProcessors();
    double one = seconds(parser, docs, 1);
    double all = seconds(parser, docs, cores);
    String json =
        String.format(
            Locale.ROOT,
            "{\"docs\":%d,\"bytes\":%d,\"threads_1\":{\"docs_per_s\":%.1f,\"mb_per_s\":%.3f},"
                + "\"threads_%d\":{\"docs_per_s\":%.1f,\"mb_per_s\":%.3f},\"cores\":%d}",
            docs.size(), bytes, docs.size() / one, bytes / 1e6 / one,
            cores, docs.size() / all, bytes / 1e6 / all, cores);
    Files.writeString(Path.of(args[1]), json, StandardCharsets.UTF_8);
    System.out.println(json);
  }

  private static double seconds(ChartParser parser, List<Description> docs, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<Description> slice = docs.subList(t * docs.size() / threads, (t + 1) * docs.size() / threads);
        parts.add(pool.submit(() -> slice.forEach(parser::parse)));
      }
      for (Future<?> f : parts) {
        f.get();
      }
      return (System.nanoTime() - t0) / 1e9;
    } finally {
      pool.shutdown();
    }
  }
}
