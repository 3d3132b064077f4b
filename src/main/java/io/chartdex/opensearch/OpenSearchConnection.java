package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP to an OpenSearch cluster: JSON in, JSON out, over one or more node URLs. A node that cannot
 * be reached is skipped for the next; 429 (back-pressure) and 502/503/504 are retried with
 * exponential backoff; anything else that is not 2xx becomes an {@link OpenSearchException}.
 * Thread-safe: the JDK client is, and the node rotation is an atomic counter.
 *
 * <p>Plain HTTP plus Jackson rather than a client library: nothing of OpenSearch's own jars (with
 * their Lucene) can reach chartdex's classpath this way.
 */
public final class OpenSearchConnection {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);
  private static final int ATTEMPTS = 8;
  private static final long FIRST_BACKOFF_MILLIS = 100;

  private final List<URI> nodes;
  private final String authorization;
  private final HttpClient http;
  private final AtomicInteger next = new AtomicInteger();

  /**
   * @param urls node URLs ("http://host:9200"), at least one
   * @param user basic-auth user, or null
   * @param password basic-auth password (with user)
   */
  public OpenSearchConnection(List<URI> urls, String user, String password) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("at least one OpenSearch URL is needed");
    }
    this.nodes = List.copyOf(urls);
    this.authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (user + ":" + (password == null ? "" : password))
                            .getBytes(StandardCharsets.UTF_8));
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * What a node answered: the node, the status and the body (parsed JSON; a text node when the body
   * is not JSON, such as a proxy's "Unauthorized"; a missing node when there is none).
   */
  public record Response(URI node, int status, JsonNode body) {}

  /** Sends a request; 404 is returned, not thrown, so callers can ask whether something exists. */
  public Response send(String method, String path, Object body) {
    String payload = body == null ? null : json(body);
    return send(method, path, payload, "application/json");
  }

  /** Sends newline-delimited JSON (the bulk API). */
  public Response sendNdjson(String path, String ndjson) {
    return send("POST", path, ndjson, "application/x-ndjson");
  }

  /** Like {@link #send} but 2xx only: any other status is an {@link OpenSearchException}. */
  public JsonNode call(String method, String path, Object body) {
    Response response = send(method, path, body);
    if (response.status() / 100 != 2) {
      throw failure(method, path, response);
    }
    return response.body();
  }

  /**
   * The error for a request the cluster refused: names the node that answered, the request and the
   * status, with OpenSearch's own reason; 401 and 403 say that the credentials are at fault.
   */
  static OpenSearchException failure(String method, String path, Response response) {
    return new OpenSearchException(
        response.status(),
        "OpenSearch node "
            + response.node()
            + " answered "
            + response.status()
            + " to "
            + method
            + " "
            + path
            + ": "
            + reason(response));
  }

  private static String reason(Response response) {
    JsonNode body = response.body();
    JsonNode error = body.path("error");
    String said =
        error.isObject()
            ? error.path("type").asText() + ": " + error.path("reason").asText()
            : body.isTextual() ? body.asText().strip() : body.toString();
    return switch (response.status()) {
      case 401 -> "not authenticated: give a user and password the cluster accepts (" + said + ")";
      case 403 -> "the user may not do this (" + said + ")";
      default -> said;
    };
  }

  private Response send(String method, String path, String payload, String contentType) {
    long backoff = FIRST_BACKOFF_MILLIS;
    Exception last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      URI node = nodes.get(Math.floorMod(next.get(), nodes.size()));
      try {
        Response response = once(node, path, method, payload, contentType);
        if (!TRANSIENT.contains(response.status()) || attempt == ATTEMPTS) {
          return response;
        }
      } catch (IOException e) {
        // This node is unreachable: the next attempt goes to the next one.
        next.incrementAndGet();
        last = e;
      }
      sleep(backoff);
      backoff = Math.min(backoff * 2, 5_000);
    }
    throw new OpenSearchException(
        "OpenSearch " + method + " " + path + ": no node of " + nodes + " answered", last);
  }

  private Response once(URI node, String path, String method, String payload, String contentType)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(node.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(
                method,
                payload == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
    if (payload != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String text = response.body();
      JsonNode parsed =
          text == null || text.isBlank()
              ? JSON.missingNode()
              : text.startsWith("{") || text.startsWith("[")
                  ? JSON.readTree(text)
                  : JSON.getNodeFactory().textNode(text);
      return new Response(node, response.statusCode(), parsed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenSearchException("interrupted while talking to OpenSearch", e);
    }
  }

  static String json(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON-serialisable: " + e.getMessage(), e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenSearchException("interrupted while waiting to retry OpenSearch", e);
    }
  }
}
