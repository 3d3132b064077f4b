package io.chartdex.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the server listens and what it allows. Immutable.
 *
 * @param host interface to bind ("127.0.0.1", "0.0.0.0")
 * @param port TCP port; 0 picks a free one (tests)
 * @param allowedOrigins origins whose pages may call the API and load the embed script
 *     ("https://example.org"); "*" allows any; empty allows none (same-origin only)
 * @param webRoot directory the UI is served from; null serves the {@code web/} bundled in the jar
 * @param limits request limits
 */
public record ServerConfig(
    String host, int port, List<String> allowedOrigins, Path webRoot, Limits limits) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    limits = limits == null ? Limits.DEFAULT : limits;
  }

  /** Loopback on a free port, no cross-origin callers, the bundled UI, default limits. */
  public static ServerConfig ephemeral() {
    return new ServerConfig(DEFAULT_HOST, 0, List.of(), null, Limits.DEFAULT);
  }

  public ServerConfig withAllowedOrigins(List<String> origins) {
    return new ServerConfig(host, port, origins, webRoot, limits);
  }

  public ServerConfig withWebRoot(Path directory) {
    return new ServerConfig(host, port, allowedOrigins, directory, limits);
  }

  public ServerConfig withLimits(Limits newLimits) {
    return new ServerConfig(host, port, allowedOrigins, webRoot, newLimits);
  }

  /**
   * @param maxBodyBytes largest request body accepted; larger ones get 413
   * @param shutdownGrace how long stopping waits for requests in flight
   */
  public record Limits(long maxBodyBytes, Duration shutdownGrace) {
    public static final Limits DEFAULT = new Limits(16L * 1024 * 1024, Duration.ofSeconds(10));

    public Limits {
      if (maxBodyBytes <= 0) {
        throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
      }
      Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }
  }
}
