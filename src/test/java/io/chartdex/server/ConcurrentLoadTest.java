package io.chartdex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches (facets, highlights, filters, paging) from several clients while others add and delete
 * charts, for a bounded time on loopback. Every answer is a 2xx; a chart is found by its own word
 * as soon as its POST is acknowledged and gone as soon as its DELETE is; every hit is whole (its
 * title carries the word its id was made from); the heap after a full GC stays near where it
 * started. Throughput is printed, never asserted. {@code -Dchartdex.load.seconds} sets the duration
 * (6 here, 120 in the {@code stress} profile).
 */
class ConcurrentLoadTest {
  private static final int READERS = 4;
  private static final int WRITERS = 2;
  private static final long HEAP_GROWTH_ALLOWED = 64L * 1024 * 1024;
  private static final List<String> QUERIES =
      List.of(
          "q=accuracy&snippets=3",
          "q=" + encode("axis:\"decoding steps\""),
          "q=type:heatmap&facets=type,axis,model",
          "q=&f.type=line&f.type=heatmap",
          "q=loss&range.x=0..100&snippetLength=400",
          "q=" + encode("model:pro AND model:ultra"),
          "q=" + encode("probe OR epochs") + "&size=50",
          "q=latency&page=2&size=5");

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final AtomicLong searches = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong deletes = new AtomicLong();
  private RunningServer api;

  @Test
  void searchesWhileWritingSeeEveryAcknowledgedWriteAndNeverFail(@TempDir Path directory)
      throws Exception {
    Duration duration = Duration.ofSeconds(Long.getLong("chartdex.load.seconds", 6));
    api = RunningServer.overSamples(directory.resolve("index"), ServerConfig.ephemeral());
    try {
      run(Duration.ofSeconds(1)); // warm up: JIT, caches, the first segments
      long heapBefore = heapAfterGc();
      long searchesBefore = searches.get();
      long writesBefore = writes.get();
      Instant start = Instant.now();
      run(duration);
      double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
      long heapAfter = heapAfterGc();

      assertThat(errors).isEmpty();
      assertThat(heapAfter).as("heap after GC, bytes").isLessThan(heapBefore + HEAP_GROWTH_ALLOWED);
      System.out.printf(
          Locale.ROOT,
          "concurrent load: %d readers, %d writers, %.1f s: %d searches (%.0f/s), %d acknowledged"
              + " writes (%.0f/s), %d deletes, %d errors; heap after GC %d MB -> %d MB%n",
          READERS,
          WRITERS,
          seconds,
          searches.get() - searchesBefore,
          (searches.get() - searchesBefore) / seconds,
          writes.get() - writesBefore,
          (writes.get() - writesBefore) / seconds,
          deletes.get(),
          errors.size(),
          heapBefore >> 20,
          heapAfter >> 20);
    } finally {
      api.close();
    }
  }

  private void run(Duration duration) throws InterruptedException {
    Instant end = Instant.now().plus(duration);
    List<Thread> threads = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      Random random = new Random(r);
      threads.add(started(new Thread(() -> search(random, end))));
    }
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      threads.add(started(new Thread(() -> write(writer, end))));
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private void search(Random random, Instant end) {
    while (Instant.now().isBefore(end) && errors.isEmpty()) {
      String query = QUERIES.get(random.nextInt(QUERIES.size()));
      JsonNode result = get("/api/search?" + query);
      if (result != null) {
        searches.incrementAndGet();
        checkWhole(query, result);
      }
    }
  }

  /** A hit of a written chart carries its own word in its title: no half-written documents. */
  private void checkWhole(String query, JsonNode result) {
    if (result.path("hits").size() > result.path("total").asLong()) {
      errors.add(query + ": more hits than the total: " + result);
    }
    for (JsonNode hit : result.path("hits")) {
      String id = hit.path("id").asText();
      if (id.startsWith("load/") && !hit.path("title").asText().contains(word(id))) {
        errors.add(query + ": torn hit " + hit);
      }
    }
  }

  private void write(int writer, Instant end) {
    for (int n = 0; Instant.now().isBefore(end) && errors.isEmpty(); n++) {
      String id = String.format(Locale.ROOT, "load/w%d/%d/%d", writer, System.nanoTime(), n);
      HttpResponse<String> posted =
          send(
              HttpRequest.newBuilder(api.uri("/api/charts?id=" + encode(id)))
                  .header("Content-Type", "text/markdown")
                  .POST(HttpRequest.BodyPublishers.ofString(chart(id))));
      if (!expect(posted, 201, "POST " + id)) {
        return;
      }
      writes.incrementAndGet();
      expectTotal(id, 1, "after its POST was acknowledged");
      if (n % 3 == 0) {
        HttpResponse<String> deleted =
            send(HttpRequest.newBuilder(api.uri("/api/charts/" + encode(id))).DELETE());
        if (!expect(deleted, 204, "DELETE " + id)) {
          return;
        }
        deletes.incrementAndGet();
        expectTotal(id, 0, "after its DELETE was acknowledged");
      }
    }
  }

  private void expectTotal(String id, long total, String when) {
    JsonNode result = get("/api/search?q=" + word(id));
    if (result != null && result.path("total").asLong() != total) {
      errors.add("stale: " + id + " " + when + " has total " + result.path("total"));
    }
  }

  private static String chart(String id) {
    return "# Line chart: Probe "
        + word(id)
        + " accuracy over epochs\n\nA line chart. The x-axis shows Epochs from 0 to 100 and the"
        + " y-axis shows Accuracy (%) from 0 to 100. Legend: Baseline (blue), Ours (red).\n";
  }

  /** One searchable token per id ("load/w1/77/3" gives "ld1x77x3"). */
  private static String word(String id) {
    String[] parts = id.split("/");
    return "ld" + parts[1].substring(1) + "x" + parts[2] + "x" + parts[3];
  }

  private JsonNode get(String pathAndQuery) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(api.uri(pathAndQuery)));
    return expect(response, 200, "GET " + pathAndQuery) ? RunningServer.json(response) : null;
  }

  private boolean expect(HttpResponse<String> response, int status, String what) {
    if (response == null || response.statusCode() != status) {
      errors.add(
          what
              + ": "
              + (response == null ? "no answer" : response.statusCode() + " " + response.body()));
      return false;
    }
    return true;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      errors.add(request.build().uri() + ": " + e);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Thread started(Thread thread) {
    thread.start();
    return thread;
  }
}
