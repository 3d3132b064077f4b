package io.chartdex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.chartdex.mapping.IndexFields;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability contract: a write acknowledged with 2xx is committed (fsynced) before the answer
 * is sent, so it survives SIGKILL; a POST is one commit, so a batch killed in flight is all there
 * or not at all. A real {@code chartdex serve} process is killed at random moments while writers
 * post batches and delete charts (every POST commits a segment, so kills land in ingestion, in
 * commits and in the merges the many small segments cause).
 *
 * <p>{@code -Dchartdex.crash.kills=N} sets the number of kills (2 here; the {@code stress} profile
 * runs 25) and {@code -Dchartdex.crash.seed} replays a run.
 */
class CrashRecoveryTest {
  private static final int BUNDLED_SAMPLES = 62;
  private static final int WRITERS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PrintStream OUT = System.out;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Ledger ledger = new Ledger();

  @Test
  void everyAcknowledgedWriteSurvivesSigkillAndNothingIsDuplicated(@TempDir Path work)
      throws Exception {
    int kills = Integer.getInteger("chartdex.crash.kills", 2);
    long seed = Long.getLong("chartdex.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    Path index = work.resolve("index");
    for (int round = 0; round < kills; round++) {
      try (ServerProcess server = ServerProcess.start(index, work)) {
        int before = ledger.acknowledged.size();
        List<Thread> writers = startWriters(server, round);
        awaitAcknowledgements(before + WRITERS);
        Thread.sleep(random.nextInt(1_500));
        server.kill();
        for (Thread writer : writers) {
          writer.join();
        }
      }
      assertIndexIsCleanAndHoldsWhatWasAcknowledged(index);
    }
    try (ServerProcess server = ServerProcess.start(index, work)) {
      assertServedAfterRestart(server);
      server.stop(); // SIGTERM: the shutdown hook closes the index
    }
    assertIndexIsCleanAndHoldsWhatWasAcknowledged(index);
    OUT.printf(
        Locale.ROOT,
        "crash recovery (seed %d): %d kills, %d documents acknowledged in %d batches, %d found;"
            + " %d deletes acknowledged, %d found deleted; %d batches in flight at a kill,"
            + " %d of them committed whole, none partly%n",
        seed,
        kills,
        ledger.acknowledgedIds().size(),
        ledger.acknowledged.size(),
        ledger.acknowledgedIds().size() - ledger.deleted.size(),
        ledger.deleted.size(),
        ledger.deleted.size(),
        ledger.inFlight.size(),
        ledger.inFlightCommitted);
    assertThat(ledger.acknowledged).hasSizeGreaterThan(kills);
  }

  /** Kills land after the writers are going (the first requests of a fresh JVM are slow). */
  private void awaitAcknowledgements(int count) throws InterruptedException {
    for (int waited = 0; ledger.acknowledged.size() < count && waited < 60_000; waited += 20) {
      Thread.sleep(20);
    }
  }

  private List<Thread> startWriters(ServerProcess server, int round) {
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(started(new Thread(() -> write(server, round, writer))));
    }
    return writers;
  }

  /** Posts batches (and now and then deletes an acknowledged chart) until the server dies. */
  private void write(ServerProcess server, int round, int writer) {
    Random random = new Random(round * 31L + writer);
    for (int batch = 0; ; batch++) {
      String deletable = random.nextInt(6) == 0 ? ledger.deletable.poll() : null;
      try {
        if (deletable != null) {
          delete(server, deletable);
        } else {
          post(server, new Batch(round, writer, batch, 1 + random.nextInt(6)));
        }
      } catch (IOException serverGone) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void post(ServerProcess server, Batch batch) throws IOException, InterruptedException {
    ledger.inFlight.add(batch);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(server.uri("/api/charts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch.json()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201
        || JSON.readTree(response.body()).path("indexed").asInt() != batch.ids().size()) {
      ledger.unexpected.add("POST " + response.statusCode() + " " + response.body());
      return;
    }
    ledger.inFlight.remove(batch);
    ledger.acknowledged.add(batch);
    ledger.deletable.addAll(batch.ids());
  }

  private void delete(ServerProcess server, String id) throws IOException, InterruptedException {
    ledger.deleting.add(id);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(server.uri("/api/charts/" + encode(id))).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 204) {
      ledger.unexpected.add("DELETE " + id + " " + response.statusCode() + " " + response.body());
      return;
    }
    ledger.deleting.remove(id);
    ledger.deleted.add(id);
  }

  /** What a crash left, read with Lucene alone: CheckIndex finds nothing to repair. */
  private void assertIndexIsCleanAndHoldsWhatWasAcknowledged(Path index) throws IOException {
    assertThat(ledger.unexpected).as("answers other than 201/204").isEmpty();
    try (Directory directory = FSDirectory.open(index)) {
      try (CheckIndex check = new CheckIndex(directory)) {
        CheckIndex.Status status = check.checkIndex();
        assertThat(status.clean).as("CheckIndex of the index after SIGKILL").isTrue();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (Batch batch : ledger.acknowledged) {
          for (String id : batch.ids()) {
            int expected = ledger.deleted.contains(id) ? 0 : 1;
            if (!ledger.deleting.contains(id)) {
              assertThat(count(searcher, id))
                  .as("copies of acknowledged %s", id)
                  .isEqualTo(expected);
            }
          }
        }
        ledger.inFlightCommitted = 0;
        for (Batch batch : ledger.inFlight) {
          List<Integer> copies = new ArrayList<>();
          for (String id : batch.ids()) {
            copies.add(count(searcher, id));
          }
          assertThat(Set.copyOf(copies))
              .as("batch in flight, all or nothing: %s", batch)
              .hasSize(1);
          ledger.inFlightCommitted += copies.get(0);
        }
      }
    }
  }

  private static int count(IndexSearcher searcher, String id) throws IOException {
    return searcher.count(new TermQuery(new Term(IndexFields.ID, id)));
  }

  /** Over HTTP after the restart: each surviving chart found by its own word, deleted ones gone. */
  private void assertServedAfterRestart(ServerProcess server) throws Exception {
    for (Batch batch : ledger.acknowledged) {
      for (int i = 0; i < batch.ids().size(); i++) {
        String id = batch.ids().get(i);
        if (ledger.deleting.contains(id)) {
          continue;
        }
        JsonNode found = getJson(server, "/api/search?q=" + batch.token(i));
        if (ledger.deleted.contains(id)) {
          assertThat(found.path("total").asInt()).as("search for deleted %s", id).isZero();
        } else {
          assertThat(found.path("total").asInt()).as("search for %s", id).isEqualTo(1);
          assertThat(found.path("hits").get(0).path("id").asText()).isEqualTo(id);
        }
      }
    }
    long committedInFlight =
        ledger.inFlight.stream().filter(b -> b.committedIn(this, server)).count();
    long expected =
        BUNDLED_SAMPLES
            + ledger.acknowledgedIds().size()
            - ledger.deleted.size()
            - ledger.deletingThatWentThrough(this, server)
            + ledger.inFlight.stream()
                .filter(b -> b.committedIn(this, server))
                .mapToLong(b -> b.ids().size())
                .sum();
    assertThat(committedInFlight).isEqualTo(ledger.inFlightCommitted);
    assertThat(getJson(server, "/api/stats").path("documents").asLong()).isEqualTo(expected);
  }

  JsonNode getJson(ServerProcess server, String pathAndQuery) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(server.uri(pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as("GET %s: %s", pathAndQuery, response.body())
        .isEqualTo(200);
    return JSON.readTree(response.body());
  }

  boolean exists(ServerProcess server, String id) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(server.uri("/api/charts/" + encode(id))).build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200;
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  /** One POST of {@code size} charts; ids carry slashes, each text its own searchable word. */
  record Batch(int round, int writer, int number, int size) {
    List<String> ids() {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        ids.add(String.format(Locale.ROOT, "crash/r%d/w%d/b%d/%d", round, writer, number, i));
      }
      return ids;
    }

    String token(int i) {
      return String.format(Locale.ROOT, "zq%dx%dx%dx%d", round, writer, number, i);
    }

    String json() {
      ArrayNode array = JSON.createArrayNode();
      for (int i = 0; i < size; i++) {
        array
            .addObject()
            .put("id", ids().get(i))
            .put("source", "crash")
            .put(
                "text",
                "# Crash probe "
                    + token(i)
                    + ": accuracy over epochs\n\nA line chart. The x-axis shows Epochs from 0 to"
                    + " 100 and the y-axis shows Accuracy (%) from 0 to 100. Probe "
                    + token(i)
                    + ".\n");
      }
      return array.toString();
    }

    boolean committedIn(CrashRecoveryTest test, ServerProcess server) {
      try {
        return test.exists(server, ids().get(0));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** What the writers were told, shared between them. */
  private static final class Ledger {
    final List<Batch> acknowledged = new CopyOnWriteArrayList<>();
    final Set<Batch> inFlight = ConcurrentHashMap.newKeySet();
    final ConcurrentLinkedQueue<String> deletable = new ConcurrentLinkedQueue<>();
    final Set<String> deleting = ConcurrentHashMap.newKeySet();
    final Set<String> deleted = ConcurrentHashMap.newKeySet();
    final List<String> unexpected = new CopyOnWriteArrayList<>();
    int inFlightCommitted;

    List<String> acknowledgedIds() {
      return acknowledged.stream().flatMap(b -> b.ids().stream()).toList();
    }

    long deletingThatWentThrough(CrashRecoveryTest test, ServerProcess server) throws Exception {
      long gone = 0;
      for (String id : deleting) {
        if (!test.exists(server, id)) {
          gone++;
        }
      }
      return gone;
    }
  }

  private static Thread started(Thread thread) {
    thread.start();
    return thread;
  }
}
