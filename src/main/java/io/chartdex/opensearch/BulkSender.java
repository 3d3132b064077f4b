package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends one batch of documents to an index through the bulk API and returns once the cluster has
 * acknowledged or refused every item. Items the cluster rejects as overloaded (429) or unavailable
 * (503, a shard between primaries) are resent with backoff; other item errors are refusals.
 * Stateless and thread-safe: several batches may be in flight at once.
 */
final class BulkSender {
  private static final int ATTEMPTS = 8;
  private static final Set<Integer> RETRIED = Set.of(429, 503);

  private final OpenSearchConnection connection;
  private final String path;

  BulkSender(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.path = "/" + index + "/_bulk";
  }

  /** One document as its two bulk lines (index, replacing any with the same id). */
  record Item(String id, String lines) {
    static Item of(String id, ObjectNode source) {
      String action = OpenSearchConnection.json(Map.of("index", Map.of("_id", id)));
      return new Item(id, action + "\n" + OpenSearchConnection.json(source) + "\n");
    }
  }

  /** What became of one item: {@code refusal} is null when it was written. */
  record Result(boolean replaced, String refusal) {}

  /**
   * Writes the items (a repeated id within them keeps its last version: the cluster applies a
   * shard's items in request order) and returns one result per item, in the same order.
   *
   * @throws OpenSearchException when the cluster refuses the whole request
   */
  List<Result> write(List<Item> items) {
    Result[] results = new Result[items.size()];
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      todo.add(i);
    }
    long backoff = 100;
    for (int attempt = 1; !todo.isEmpty(); attempt++) {
      todo = send(items, todo, results, attempt == ATTEMPTS);
      if (!todo.isEmpty()) {
        sleep(backoff);
        backoff = Math.min(backoff * 2, 5_000);
      }
    }
    return Arrays.asList(results);
  }

  /** Sends the items at these positions; fills their results and returns those to send again. */
  private List<Integer> send(List<Item> items, List<Integer> todo, Result[] results, boolean last) {
    StringBuilder ndjson = new StringBuilder();
    todo.forEach(i -> ndjson.append(items.get(i).lines()));
    OpenSearchConnection.Response response = connection.sendNdjson(path, ndjson.toString());
    if (response.status() / 100 != 2) {
      if (RETRIED.contains(response.status()) && !last) {
        return todo;
      }
      throw OpenSearchConnection.failure("POST", path, response);
    }
    List<Integer> again = new ArrayList<>();
    JsonNode answers = response.body().path("items");
    for (int k = 0; k < todo.size(); k++) {
      JsonNode answer = answers.path(k).path("index");
      int status = answer.path("status").asInt();
      if (status / 100 == 2) {
        results[todo.get(k)] = new Result("updated".equals(answer.path("result").asText()), null);
      } else if (RETRIED.contains(status) && !last) {
        again.add(todo.get(k));
      } else {
        JsonNode error = answer.path("error");
        results[todo.get(k)] =
            new Result(
                false,
                "OpenSearch refused it ("
                    + status
                    + "): "
                    + error.path("type").asText()
                    + ": "
                    + error.path("reason").asText());
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
