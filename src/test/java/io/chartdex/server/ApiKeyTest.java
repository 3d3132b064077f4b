package io.chartdex.server;

import static io.chartdex.server.SearchApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.config.ConfigSource;
import io.chartdex.engine.LuceneChartEngine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes protected by an API key: without the right one a POST or DELETE is 401 and changes
 * nothing; searching needs no key. One server (over an empty index) for the class.
 */
class ApiKeyTest {
  static final String KEY = "s3cret-Key_0123456789";
  static final String CHART =
      "# Throughput by Threads\n\nA line chart. X axis: Threads, 1 to 64.\n";

  static final String MISSING =
      "this server requires an API key for writes: send it as X-API-Key: <key>";

  @TempDir static Path directory;
  static ChartdexServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws Exception {
    server =
        new ChartdexServer(
                LuceneChartEngine.open(directory.resolve("index"), ConfigSource.bundled()),
                ServerConfig.ephemeral(),
                ApiKeyCheck.requiring(KEY))
            .start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @Test
  void postWithoutAKeyIs401AndIndexesNothing() throws Exception {
    HttpResponse<String> response = send(post("no-key.md"));

    assertError(response, 401, "unauthorized", MISSING);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"chartdex\"");
    assertThat(send(get("/api/charts/no-key.md")).statusCode()).isEqualTo(404);
  }

  @Test
  void wrongKeysAre401AndIndexNothing() throws Exception {
    for (String wrong :
        new String[] {
          "", "x", KEY.substring(1), KEY + "x", KEY.toUpperCase(java.util.Locale.ROOT)
        }) {
      HttpResponse<String> response = send(post("wrong-key.md").header(ApiKeyCheck.HEADER, wrong));

      assertError(response, 401, "unauthorized", "the API key is wrong");
    }
    assertThat(send(get("/api/charts/wrong-key.md")).statusCode()).isEqualTo(404);
  }

  @Test
  void theKeyInEitherHeaderAllowsWrites() throws Exception {
    assertThat(send(post("header-key.md").header(ApiKeyCheck.HEADER, KEY)).statusCode())
        .isEqualTo(201);
    assertThat(send(post("bearer-key.md").header("Authorization", "Bearer " + KEY)).statusCode())
        .isEqualTo(201);
    assertThat(send(get("/api/charts/header-key.md")).statusCode()).isEqualTo(200);
    assertThat(send(get("/api/charts/bearer-key.md")).statusCode()).isEqualTo(200);
  }

  @Test
  void deleteWithoutTheKeyIs401AndTheChartStays() throws Exception {
    assertThat(send(post("kept.md").header(ApiKeyCheck.HEADER, KEY)).statusCode()).isEqualTo(201);

    assertError(send(delete("kept.md")), 401, "unauthorized", MISSING);
    assertError(
        send(delete("kept.md").header("Authorization", "Bearer nope")),
        401,
        "unauthorized",
        "the API key is wrong");
    assertThat(send(get("/api/charts/kept.md")).statusCode()).isEqualTo(200);
    assertThat(send(delete("kept.md").header(ApiKeyCheck.HEADER, KEY)).statusCode()).isEqualTo(204);
  }

  @Test
  void readsNeedNoKey() throws Exception {
    assertThat(send(get("/api/search?q=threads")).statusCode()).isEqualTo(200);
    assertThat(send(get("/api/health")).statusCode()).isEqualTo(200);
    assertThat(send(get("/api/suggest?q=thr")).statusCode()).isEqualTo(200);
  }

  @Test
  void aKeyFileGivesItsFirstLineAndRefusesBlankOnes(@TempDir Path files) throws Exception {
    Path good = Files.writeString(files.resolve("key"), "  " + KEY + "\nignored\n");
    Path blank = Files.writeString(files.resolve("blank"), " \n\n", StandardCharsets.UTF_8);

    assertThat(ApiKeyCheck.fromFile(good).protectsWrites()).isTrue();
    assertThatThrownBy(() -> ApiKeyCheck.fromFile(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(blank + ": the API key is empty");
    assertThatThrownBy(() -> ApiKeyCheck.requiring("two words"))
        .hasMessageContaining("printable ASCII without spaces");
    assertThat(ApiKeyCheck.open().protectsWrites()).isFalse();
  }

  @Test
  void serveRefusesAnUnusableKeyFileBeforeOpeningTheIndex(@TempDir Path files) throws Exception {
    Path blank = Files.writeString(files.resolve("blank"), "\n", StandardCharsets.UTF_8);
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cli = io.chartdex.cli.ChartdexCli.commandLine();
    cli.setErr(new java.io.PrintWriter(err));

    int exit =
        cli.execute(
            "serve",
            "--port",
            "0",
            "--index",
            files.resolve("index").toString(),
            "--api-key-file",
            blank.toString());

    assertThat(exit).isEqualTo(io.chartdex.cli.ExitCodes.USAGE);
    assertThat(err.toString()).contains("unusable API key: " + blank + ": the API key is empty");
    assertThat(files.resolve("index")).doesNotExist();
  }

  private static HttpRequest.Builder post(String id) {
    return HttpRequest.newBuilder(uri("/api/charts?id=" + id))
        .header("Content-Type", "text/markdown")
        .POST(HttpRequest.BodyPublishers.ofString(CHART));
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path));
  }

  private static HttpRequest.Builder delete(String id) {
    return HttpRequest.newBuilder(uri("/api/charts/" + id)).DELETE();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
