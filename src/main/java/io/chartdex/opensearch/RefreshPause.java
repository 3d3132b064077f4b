package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns an index's periodic refresh off while bulk runs load it ({@code index.refresh_interval:
 * -1}: no segment is made every second for readers nobody has yet) and back on afterwards. The
 * first run to start saves the interval in force (absent means the cluster default); the last run
 * to finish restores it exactly, and every run refreshes when it finishes, so what it wrote is
 * searchable when it returns.
 *
 * <p>Thread-safe: runs of one engine share one pause, counted under its lock. Runs from other
 * processes on the same index are not seen; the last of those to finish may restore -1.
 */
final class RefreshPause {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SETTING = "index.refresh_interval";

  private final OpenSearchConnection connection;
  private final String path;
  private int runs;
  private JsonNode saved;

  RefreshPause(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.path = "/" + index;
  }

  /** Held for the length of one run; closing it resumes (when the last) and refreshes. */
  interface Held extends AutoCloseable {
    /**
     * @throws OpenSearchException when the interval cannot be restored or the refresh fails
     */
    @Override
    void close();
  }

  /**
   * @throws OpenSearchException when the setting cannot be read or changed (nothing is held)
   */
  synchronized Held pause() {
    if (runs == 0) {
      saved = interval(connection, path);
      put(JSON.getNodeFactory().textNode("-1"));
    }
    runs++;
    return this::release;
  }

  private synchronized void release() {
    runs--;
    try {
      if (runs == 0) {
        put(saved);
      }
    } finally {
      connection.call("POST", path + "/_refresh", null);
    }
  }

  /** The interval set on the index, or a null node when it has none (the cluster default). */
  static JsonNode interval(OpenSearchConnection connection, String path) {
    JsonNode settings =
        connection.call("GET", path + "/_settings/" + SETTING + "?flat_settings=true", null);
    JsonNode value = settings.elements().hasNext() ? settings.elements().next() : null;
    JsonNode found = value == null ? null : value.path("settings").get(SETTING);
    return found == null ? JSON.nullNode() : found;
  }

  /** Sets the interval; a null node removes it, so the cluster default applies again. */
  private void put(JsonNode interval) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("index").set("refresh_interval", interval);
    connection.call("PUT", path + "/_settings", body);
  }
}
