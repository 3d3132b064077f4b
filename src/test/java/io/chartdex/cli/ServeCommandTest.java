package io.chartdex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chartdex.server.ChartdexServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path directory;

  /** Parses the arguments as picocli would, serving the UI from a temporary folder. */
  private ServeCommand command(String... args) throws IOException {
    Path web = Files.createDirectories(directory.resolve("web"));
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>chartdex</title>");
    ServeCommand command = new ServeCommand();
    CommandLine cli = new CommandLine(command);
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(
        new String[] {
          "--index", directory.resolve("index").toString(), "--port", "0", "--web", web.toString()
        },
        0,
        all,
        args.length,
        6);
    cli.parseArgs(all);
    return command;
  }

  private static String start(ServeCommand command, ChartdexServer[] started) throws IOException {
    StringWriter out = new StringWriter();
    started[0] = command.start(new PrintWriter(out));
    return out.toString();
  }

  private static HttpResponse<String> get(ChartdexServer server, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aFreshIndexIsFilledWithTheBundledSamplesAndServed() throws Exception {
    ChartdexServer[] server = new ChartdexServer[1];
    String output = start(command(), server);
    try {
      assertThat(output.lines())
          .containsExactly(
              "chartdex: indexed 62 descriptions (0 failed)",
              "chartdex: serving 62 charts at http://127.0.0.1:" + server[0].port() + "/");
      assertThat(get(server[0], "/").body()).isEqualTo("<!doctype html><title>chartdex</title>");
      assertThat(get(server[0], "/api/charts/pro-ultra-nll.md").statusCode()).isEqualTo(200);
    } finally {
      server[0].stop();
    }
  }

  @Test
  void anIndexWithChartsIsServedAsItIs() throws Exception {
    ChartdexServer[] server = new ChartdexServer[1];
    start(command(), server);
    server[0].stop();

    String output = start(command(), server);
    server[0].stop();

    assertThat(output).startsWith("chartdex: serving 62 charts at http://127.0.0.1:");
  }

  @Test
  void docsAreIndexedInsteadOfTheSamples() throws Exception {
    Path seeds = Path.of(ServeCommandTest.class.getResource("/ingest/tree/seeds").toURI());
    ChartdexServer[] server = new ChartdexServer[1];
    String output = start(command("--docs", seeds.toString()), server);
    server[0].stop();

    assertThat(output).contains("chartdex: serving 2 charts at");
  }
}
