package io.chartdex.bench.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Closed-loop load: {@code clients} threads each send the next query as soon as the last one
 * answered, cycling through a query list, for a fixed time. Latencies are measured per query from
 * send to answer. Used by one thread at a time.
 */
public final class LoadDriver {
  private final SearchPeer peer;

  public LoadDriver(SearchPeer peer) {
    this.peer = peer;
  }

  /** Latency percentiles and throughput of one run. */
  public record Stats(int clients, long queries, double p50Ms, double p99Ms, double qps, long hits) {
    String toJson() {
      return String.format(
          java.util.Locale.ROOT,
          "{\"clients\":%d,\"queries\":%d,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"qps\":%.1f,\"hits\":%d}",
          clients,
          queries,
          p50Ms,
          p99Ms,
          qps,
          hits);
    }
  }

  /** Sends every query once, to warm caches and the JIT; returns the summed hit counts. */
  public long warm(List<BenchQuery> queries, int rounds) throws Exception {
    long hits = 0;
    for (int r = 0; r < rounds; r++) {
      for (BenchQuery q : queries) {
        hits += peer.search(q);
      }
    }
    return hits;
  }

  public Stats run(List<BenchQuery> queries, int clients, long millis) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      long deadline = start + millis * 1_000_000L;
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int first = c * queries.size() / clients;
        futures.add(pool.submit(() -> client(queries, first, deadline)));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> f : futures) {
        all.add(f.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return summarize(all, clients, seconds);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Returns latencies in ns; the last element carries the summed hit count. */
  private long[] client(List<BenchQuery> queries, int first, long deadline) throws Exception {
    long[] latencies = new long[1024];
    int n = 0;
    long hits = 0;
    int i = first;
    do {
      BenchQuery q = queries.get(i++ % queries.size());
      long t0 = System.nanoTime();
      hits += peer.search(q);
      long t1 = System.nanoTime();
      if (n == latencies.length - 1) {
        latencies = Arrays.copyOf(latencies, latencies.length * 2);
      }
      latencies[n++] = t1 - t0;
    } while (System.nanoTime() < deadline);
    long[] out = Arrays.copyOf(latencies, n + 1);
    out[n] = hits;
    return out;
  }

  private static Stats summarize(List<long[]> perClient, int clients, double seconds) {
    int total = perClient.stream().mapToInt(a -> a.length - 1).sum();
    long[] merged = new long[total];
    long hits = 0;
    int at = 0;
    for (long[] a : perClient) {
      System.arraycopy(a, 0, merged, at, a.length - 1);
      at += a.length - 1;
      hits += a[a.length - 1];
    }
    Arrays.sort(merged);
    return new Stats(
        clients,
        total,
        percentile(merged, 0.50) / 1e6,
        percentile(merged, 0.99) / 1e6,
        total / seconds,
        hits);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
