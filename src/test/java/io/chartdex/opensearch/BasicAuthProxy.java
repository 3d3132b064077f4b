package io.chartdex.opensearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP reverse proxy that demands basic authentication in front of an OpenSearch node, as
 * the security plugin (or a gateway) does on a production cluster: a request without the right
 * {@code Authorization} header gets 401 with a {@code WWW-Authenticate} challenge and the plain
 * text "Unauthorized"; any other is forwarded (method, path, query, body, content type) and the
 * node's answer returned as it is. For tests, whose test cluster has no security plugin.
 * Thread-safe: requests are handled on a small pool and counted atomically.
 */
public final class BasicAuthProxy implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService handlers;
  private final URI node;
  private final String expected;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger forwarded = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  private BasicAuthProxy(URI node, String expected) throws IOException {
    this.node = node;
    this.expected = expected;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    this.handlers = Executors.newFixedThreadPool(4);
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
  }

  /** Starts a proxy on a free port that lets {@code user:password} through to {@code node}. */
  public static BasicAuthProxy start(URI node, String user, String password) throws IOException {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    BasicAuthProxy proxy = new BasicAuthProxy(node, "Basic " + credentials);
    proxy.server.start();
    return proxy;
  }

  /** Where clients reach the proxy ("http://127.0.0.1:port/"). */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Requests let through to the node so far. */
  public int forwarded() {
    return forwarded.get();
  }

  /** Requests answered 401 so far. */
  public int refused() {
    return refused.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        refused.incrementAndGet();
        exchange
            .getResponseHeaders()
            .set("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
        reply(exchange, 401, "text/plain; charset=UTF-8", bytes("Unauthorized"));
        return;
      }
      forwarded.incrementAndGet();
      HttpResponse<byte[]> answer =
          http.send(forward(exchange, body), HttpResponse.BodyHandlers.ofByteArray());
      reply(
          exchange,
          answer.statusCode(),
          answer.headers().firstValue("Content-Type").orElse(null),
          answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while forwarding to " + node, e);
    }
  }

  private HttpRequest forward(HttpExchange exchange, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(node.resolve(exchange.getRequestURI()))
            .method(
                exchange.getRequestMethod(),
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return request.build();
  }

  private static void reply(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
