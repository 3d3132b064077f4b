package io.chartdex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chartdex.config.ConfigSource;
import io.chartdex.engine.LuceneChartEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a client sends, the API answers with a 2xx or a 4xx whose JSON says what was wrong:
 * never a 5xx, never a hang (each request has a generous timeout that only turns a hang into a
 * failure; time is not asserted). Random and pathological query strings, filter and paging values,
 * raw bytes in the URL, and request bodies of every kind. The number of requests tried is printed.
 */
class HostileRequestsTest {
  private static final Set<String> CODES =
      Set.of(
          "invalid_query",
          "bad_request",
          "not_found",
          "payload_too_large",
          "unsupported_media_type",
          "unauthorized");
  private static final Duration HANG = Duration.ofSeconds(120);
  private static final long BODY_LIMIT = 1024 * 1024;
  private static final AtomicLong TRIED = new AtomicLong();
  private static final AtomicLong OK = new AtomicLong();
  private static final AtomicLong REFUSED = new AtomicLong();
  private static final AtomicLong FAILED = new AtomicLong();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static Path directory;
  private static ChartdexServer server;

  @BeforeContainer
  static void serve() throws IOException {
    directory = Files.createTempDirectory("chartdex-hostile");
    LuceneChartEngine engine = LuceneChartEngine.open(directory, ConfigSource.bundled());
    engine.index(new io.chartdex.ingest.BundledSamples(), (docs, bytes, millis) -> {});
    server =
        new ChartdexServer(
                engine,
                ServerConfig.ephemeral()
                    .withLimits(new ServerConfig.Limits(BODY_LIMIT, Duration.ofSeconds(5))))
            .start();
  }

  @AfterContainer
  static void stop() throws IOException {
    server.stop();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "hostile requests: %d tried, %d answered 2xx, %d refused with 4xx, %d answered 5xx%n",
        TRIED.get(),
        OK.get(),
        REFUSED.get(),
        FAILED.get());
  }

  @Property(tries = 100)
  void anyQueryIsAnsweredOrRefusedWithAReason(@ForAll("queries") String query) {
    assertAnsweredOrRefused(get("/api/search?q=" + encode(query)));
  }

  @Property(tries = 100)
  void anyFilterOrPagingValueIsAnsweredOrRefusedWithAReason(
      @ForAll("parameters") String name, @ForAll("values") String value) {
    assertAnsweredOrRefused(get("/api/search?q=loss&" + encode(name) + "=" + encode(value)));
  }

  @Property(tries = 50)
  void rawBytesInTheUrlAreAnsweredOrRefused(@ForAll("bytes") byte[] bytes) {
    String raw = percentEncoded(bytes);
    assertAnsweredOrRefused(get("/api/search?q=" + raw));
    assertAnsweredOrRefused(get("/api/suggest?q=" + raw));
    assertAnsweredOrRefused(get("/api/facets/axis?prefix=" + raw));
    assertAnsweredOrRefused(get("/api/charts/" + raw));
  }

  @Property(tries = 70)
  void anyBodyIsIndexedOrRefusedWithAReason(
      @ForAll("contentTypes") String contentType, @ForAll("bodies") byte[] body) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/api/charts"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertAnsweredOrRefused(response);
  }

  @Example
  void aMalformedRegularExpressionIsAnInvalidQuery() {
    assertRefused(
        get("/api/search?q=" + encode("/[/")),
        400,
        "invalid_query",
        "Cannot parse '/[/': invalid regular expression /[/: unexpected end-of-string");
  }

  @Example
  void anUnknownCharsetIs415() {
    assertRefused(
        send(
            HttpRequest.newBuilder(uri("/api/charts"))
                .header("Content-Type", "text/markdown; charset=\u00ff")
                .POST(HttpRequest.BodyPublishers.ofString("# Line chart: t"))),
        415,
        "unsupported_media_type",
        "the Content-Type names a charset this server does not know (\"?\"): send UTF-8");
  }

  @Example
  void anIdTooLongToIndexIsRefusedAndTheOthersOfTheBatchAreIndexed() {
    String longId = "i".repeat(40_000);
    String batch =
        "[{\"id\":\""
            + longId
            + "\",\"text\":\"# Line chart: long\"},{\"id\":\"hostile-kept.md\",\"text\":\"# Line"
            + " chart: kept\"}]";
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/api/charts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch)));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(RunningServer.json(response).path("message").asText())
        .startsWith("1 document(s) could not be indexed [" + "i".repeat(80) + "…: ")
        .endsWith("; the other documents of this request were indexed");
    assertThat(get("/api/charts/hostile-kept.md").statusCode()).isEqualTo(200);
  }

  @Example
  void aUrlOverTheLimitIsRefusedInJson() {
    assertRefused(
        get("/api/search?q=" + "a".repeat(20_000)),
        414,
        "bad_request",
        "the URL is longer than the server accepts: send a shorter query");
  }

  private static void assertRefused(
      HttpResponse<String> response, int status, String code, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = RunningServer.json(response);
    assertThat(error.path("error").asText()).isEqualTo(code);
    assertThat(error.path("message").asText()).isEqualTo(message);
  }

  private static void assertAnsweredOrRefused(HttpResponse<String> response) {
    TRIED.incrementAndGet();
    int status = response.statusCode();
    (status >= 500 ? FAILED : status >= 400 ? REFUSED : OK).incrementAndGet();
    assertThat(status).as("%s -> %s", response.uri(), response.body()).isLessThan(500);
    if (status >= 400) {
      JsonNode error = RunningServer.json(response);
      assertThat(error.path("error").asText()).as(response.body()).isIn(CODES);
      assertThat(error.path("message").asText()).as(response.body()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(300),
        Arbitraries.strings().withChars("()[]{}\"'*?~^:/\\+-!&|ax 0.5TO").ofMaxLength(200),
        Arbitraries.of(
            "(".repeat(10_000) + "a" + ")".repeat(10_000),
            "(".repeat(5_000),
            "\"".repeat(999),
            "a OR ".repeat(3_000) + "b",
            "axis:a AND ".repeat(1_500) + "model:b",
            "*ing",
            "?oss",
            "*",
            "accuracy~99",
            "accuracy~2 acc~",
            "/(a+)+b/",
            "/.*.*.*.*.*.*.*.*.*.*x/",
            "/[/",
            "x:[a TO b]",
            "x:[1e999999 TO --5]",
            "x:[NaN TO Infinity]",
            "y:{32KKK TO *}",
            "x:[* TO *]",
            "axis:\"\"",
            "model:",
            ":",
            "AND OR NOT",
            "title:" + "z".repeat(40_000),
            "\u0000\u0001\u001b[31m\u202e\ud83d\ude00"));
  }

  @Provide
  Arbitrary<String> parameters() {
    return Arbitraries.of(
        "page",
        "size",
        "cursor",
        "facets",
        "facetLimit",
        "snippets",
        "snippetLength",
        "f.type",
        "f.nope",
        "f.",
        "range.x",
        "range.any",
        "range.nope",
        "range.x.relation",
        "range.");
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(100),
        Arbitraries.of(
            "",
            "-1",
            "0",
            "1e999999",
            "--5",
            "32KKK",
            "99999999999999999999",
            "NaN",
            "..",
            "5..1",
            "1e999999..",
            "..-Infinity",
            "a..b",
            "x".repeat(20_000),
            "type,type,nope"));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of(
        "text/markdown",
        "text/plain; charset=utf-8",
        "application/json",
        "application/x-ndjson",
        "application/octet-stream",
        "text/markdown; charset=\u00ff");
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(2_000),
            Arbitraries.of(
                "[".repeat(100_000),
                "{\"text\":".repeat(20_000),
                "{\"id\":1e999999,\"text\":--5}",
                "{\"id\":\"a\",\"text\":\"x\",\"source\":{\"deep\":" + "[".repeat(5_000) + "}}",
                "[{\"id\":\"" + "i".repeat(40_000) + "\",\"text\":\"# Line chart: t\"}]",
                "{\"id\":\"\\u0000\",\"text\":\"\\ud800\"}",
                "> ".repeat(50_000) + "deep quote",
                "* ".repeat(30_000) + "deep list",
                "# Line chart: " + "t".repeat(40_000),
                "X axis: from 1e999999 to --5, step 32KKK\n",
                "{}\n[]\nnull\n\"\"\n",
                "\u0000\u0007\u001b[2J"));
    Arbitrary<byte[]> encoded = text.map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4_000);
    Arbitrary<byte[]> huge = Arbitraries.just(new byte[(int) BODY_LIMIT + 1]);
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(6, encoded), Tuple.of(3, raw), Tuple.of(1, huge)));
  }

  private static String percentEncoded(byte[] bytes) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : bytes) {
      encoded.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
    }
    return encoded.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  private static HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.timeout(HANG).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
