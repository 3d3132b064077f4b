package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chartdex.index.IndexReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes documents to one index through the bulk API in batches. A batch is sent when it reaches
 * its document or byte limit, so memory stays bounded whatever the source; the caller waits for
 * each batch (back-pressure). Items the cluster rejects as overloaded (429) or unavailable (503, a
 * shard between primaries) are resent with backoff; other item errors become failures. Not
 * thread-safe: one writer per indexing run.
 */
final class BulkWriter {
  private static final int MAX_DOCS = 500;
  private static final int MAX_BYTES = 5 * 1024 * 1024;
  private static final int ATTEMPTS = 8;
  private static final Set<Integer> RETRIED = Set.of(429, 503);

  private final OpenSearchConnection connection;
  private final String index;
  private final List<Item> batch = new ArrayList<>();
  private final List<IndexReport.Failure> failures = new ArrayList<>();
  private int bytes;
  private int written;
  private int replaced;

  BulkWriter(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.index = index;
  }

  /** One document to write (index, replacing any with the same id). */
  private record Item(String id, String lines) {}

  void add(String id, ObjectNode source) {
    String action =
        OpenSearchConnection.json(java.util.Map.of("index", java.util.Map.of("_id", id)));
    String lines = action + "\n" + OpenSearchConnection.json(source) + "\n";
    batch.add(new Item(id, lines));
    bytes += lines.length();
    if (batch.size() >= MAX_DOCS || bytes >= MAX_BYTES) {
      flush();
    }
  }

  /** Sends what is waiting and returns once the cluster has acknowledged or refused every item. */
  void flush() {
    List<Item> todo = new ArrayList<>(batch);
    batch.clear();
    bytes = 0;
    long backoff = 100;
    for (int attempt = 1; !todo.isEmpty(); attempt++) {
      todo = send(todo, attempt == ATTEMPTS);
      if (!todo.isEmpty()) {
        sleep(backoff);
        backoff = Math.min(backoff * 2, 5_000);
      }
    }
  }

  /** Documents acknowledged so far. */
  int written() {
    return written;
  }

  /** Of those, documents that replaced one with the same id. */
  int replaced() {
    return replaced;
  }

  List<IndexReport.Failure> failures() {
    return List.copyOf(failures);
  }

  /** Sends items; returns those to send again. */
  private List<Item> send(List<Item> items, boolean last) {
    StringBuilder ndjson = new StringBuilder();
    items.forEach(i -> ndjson.append(i.lines()));
    OpenSearchConnection.Response response =
        connection.sendNdjson("/" + index + "/_bulk", ndjson.toString());
    if (response.status() / 100 != 2) {
      if (RETRIED.contains(response.status()) && !last) {
        return items;
      }
      throw OpenSearchConnection.failure("POST", "/" + index + "/_bulk", response);
    }
    List<Item> again = new ArrayList<>();
    JsonNode results = response.body().path("items");
    for (int i = 0; i < items.size(); i++) {
      JsonNode result = results.path(i).path("index");
      int status = result.path("status").asInt();
      if (status / 100 == 2) {
        written++;
        replaced += "updated".equals(result.path("result").asText()) ? 1 : 0;
      } else if (RETRIED.contains(status) && !last) {
        again.add(items.get(i));
      } else {
        JsonNode error = result.path("error");
        failures.add(
            new IndexReport.Failure(
                items.get(i).id(),
                "OpenSearch refused it ("
                    + status
                    + "): "
                    + error.path("type").asText()
                    + ": "
                    + error.path("reason").asText()));
      }
    }
    return again;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenSearchException("interrupted while waiting to resend a bulk batch", e);
    }
  }
}
