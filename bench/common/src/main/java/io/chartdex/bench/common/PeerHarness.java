package io.chartdex.bench.common;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The measurement script every peer runs in its own JVM, so that each peer's memory is its own:
 * ingest the corpus end to end, then run every query class at each client count, then write one
 * JSON object. In "cold" mode it opens an existing index, answers the first query and reports the
 * time since the JVM started. Arguments: {@code full|cold <corpusDir> <indexDir> <out.json>
 * [millisPerRun] [clients,...]}.
 */
public final class PeerHarness {
  private final String name;
  private final SearchPeer.Factory factory;

  public PeerHarness(String name, SearchPeer.Factory factory) {
    this.name = name;
    this.factory = factory;
  }

  public void main(String[] args) throws Exception {
    String mode = args[0];
    Path corpus = Path.of(args[1]);
    Path index = Path.of(args[2]);
    Path out = Path.of(args[3]);
    long millis = args.length > 4 ? Long.parseLong(args[4]) : 2000;
    List<Integer> clients =
        args.length > 5
            ? Stream.of(args[5].split(",")).map(Integer::valueOf).toList()
            : List.of(1, 2, 8);
    List<BenchQuery> queries = BenchQuery.read(corpus.resolve("queries.tsv"));
    String json =
        mode.equals("cold") ? cold(index, queries.get(0)) : full(corpus, index, queries, millis, clients);
    Files.writeString(out, json, StandardCharsets.UTF_8);
    System.out.println(json);
  }

  private String cold(Path index, BenchQuery first) throws Exception {
    try (SearchPeer peer = factory.open(index)) {
      long t0 = System.nanoTime();
      long hits = peer.search(first);
      double queryMs = (System.nanoTime() - t0) / 1e6;
      long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
      return String.format(
          Locale.ROOT,
          "{\"peer\":\"%s\",\"jvm_uptime_at_first_answer_ms\":%d,\"first_query_ms\":%.2f,\"hits\":%d}",
          name,
          sinceStart,
          queryMs,
          hits);
    }
  }

  private String full(
      Path corpus, Path index, List<BenchQuery> queries, long millis, List<Integer> clients)
      throws Exception {
    long bytes = corpusBytes(corpus.resolve("docs"));
    StringBuilder json = new StringBuilder("{\"peer\":\"").append(name).append('"');
    try (SearchPeer peer = factory.open(index)) {
      MemoryProbe.resetPeaks();
      long t0 = System.nanoTime();
      long docs = peer.ingest(corpus);
      double seconds = (System.nanoTime() - t0) / 1e9;
      json.append(
          String.format(
              Locale.ROOT,
              ",\"ingest\":{\"docs\":%d,\"bytes\":%d,\"seconds\":%.3f,\"docs_per_s\":%.1f,"
                  + "\"mb_per_s\":%.3f,\"index_bytes\":%d,\"peak_heap_bytes\":%d,"
                  + "\"peak_rss_bytes\":%d}",
              docs,
              bytes,
              seconds,
              docs / seconds,
              bytes / 1e6 / seconds,
              peer.indexBytes(),
              MemoryProbe.peakHeapBytes(),
              MemoryProbe.peakRssBytes()));
      System.err.printf(Locale.ROOT, "%s: ingested %d docs in %.1f s%n", name, docs, seconds);
      MemoryProbe.resetPeaks();
      json.append(",\"search\":").append(search(peer, queries, millis, clients));
      json.append(
          String.format(
              Locale.ROOT,
              ",\"search_peak_heap_bytes\":%d,\"peak_rss_bytes\":%d",
              MemoryProbe.peakHeapBytes(),
              MemoryProbe.peakRssBytes()));
    }
    return json.append('}').toString();
  }

  private String search(SearchPeer peer, List<BenchQuery> queries, long millis, List<Integer> clients)
      throws Exception {
    LoadDriver driver = new LoadDriver(peer);
    driver.warm(queries, 2);
    Map<String, List<BenchQuery>> byClass = new HashMap<>();
    queries.forEach(q -> byClass.computeIfAbsent(q.queryClass(), k -> new ArrayList<>()).add(q));
    List<String> classes = new ArrayList<>();
    List<String> allRuns = new ArrayList<>();
    for (String cls : BenchQuery.CLASSES) {
      List<BenchQuery> qs = byClass.getOrDefault(cls, List.of());
      if (qs.isEmpty()) {
        continue;
      }
      List<String> runs = new ArrayList<>();
      for (int c : clients) {
        LoadDriver.Stats s = driver.run(qs, c, millis);
        runs.add(s.toJson());
        System.err.printf(
            Locale.ROOT, "%s %s c=%d p50=%.2f p99=%.2f qps=%.0f%n", name, cls, c, s.p50Ms(), s.p99Ms(), s.qps());
      }
      classes.add("\"" + cls + "\":[" + String.join(",", runs) + "]");
    }
    List<BenchQuery> mix = interleaved(byClass);
    for (int c : clients) {
      allRuns.add(driver.run(mix, c, millis).toJson());
    }
    classes.add("\"all\":[" + String.join(",", allRuns) + "]");
    return "{" + String.join(",", classes) + "}";
  }

  /**
   * The whole query mix, one query of each class in turn: queries.tsv lists the classes in blocks,
   * and a short run at one client would otherwise only reach the first block.
   */
  private static List<BenchQuery> interleaved(Map<String, List<BenchQuery>> byClass) {
    List<BenchQuery> mix = new ArrayList<>();
    int longest = byClass.values().stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (String cls : BenchQuery.CLASSES) {
        List<BenchQuery> qs = byClass.getOrDefault(cls, List.of());
        if (i < qs.size()) {
          mix.add(qs.get(i));
        }
      }
    }
    return mix;
  }

  private static long corpusBytes(Path docs) throws Exception {
    try (Stream<Path> files = Files.walk(docs)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
