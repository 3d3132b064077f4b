package io.chartdex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chartdex.opensearch.BasicAuthProxy;
import io.chartdex.opensearch.TestClusterProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --opensearch-user} and {@code --opensearch-password} against a real cluster behind a real
 * authenticating reverse proxy ({@link BasicAuthProxy}: 401 unless the basic-auth header is right).
 * One cluster and one proxy for the class.
 */
@Tag("opensearch")
class OpenSearchBasicAuthTest {
  private static final String USER = "chartdex";
  private static final String PASSWORD = "s3cret pass:word";

  @TempDir static Path directory;
  static TestClusterProcess cluster;
  static BasicAuthProxy proxy;

  @BeforeAll
  static void startClusterBehindTheProxy() throws IOException {
    cluster = TestClusterProcess.start(directory, 1);
    proxy = BasicAuthProxy.start(cluster.nodes().get(0), USER, PASSWORD);
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      proxy.close();
    } finally {
      cluster.close();
    }
  }

  private static String[] through(String password, String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(
        List.of(
            "--backend", "opensearch",
            "--opensearch-url", proxy.uri().toString(),
            "--opensearch-index", "guarded",
            "--opensearch-replicas", "0"));
    if (password != null) {
      args.addAll(List.of("--opensearch-user", USER, "--opensearch-password", password));
    }
    return args.toArray(String[]::new);
  }

  @Test
  void theRightUserAndPasswordIndexAndSearchEndToEnd() throws Exception {
    int refusedBefore = proxy.refused();

    CliRun indexed =
        CliRun.of(through(PASSWORD, "index", ChartdexCliTest.samples().toString(), "--quiet"));
    CliRun searched = CliRun.of(through(PASSWORD, "search", "axis:\"Decoding Steps\""));

    assertThat(indexed.exitCode()).as(indexed.err()).isZero();
    assertThat(indexed.out()).startsWith("indexed 62 charts (0 replaced");
    assertThat(searched.exitCode()).as(searched.err()).isZero();
    assertThat(searched.out().lines().filter(l -> l.startsWith("1. ")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).endsWith("[heatmap]  decoding-steps-heatmap.md"));
    assertThat(proxy.refused()).isEqualTo(refusedBefore);
    assertThat(proxy.forwarded()).isPositive();
  }

  @Test
  void aWrongPasswordFailsNamingTheNodeAndThe401() {
    CliRun run = CliRun.of(through("wrong", "search", "loss"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(run.err().lines().findFirst())
        .hasValue(
            "chartdex search: OpenSearch node "
                + proxy.uri()
                + " answered 401 to GET /guarded/_mapping: not authenticated: give a user and"
                + " password the cluster accepts (Unauthorized)");
  }

  @Test
  void noCredentialsFailTheSameWay() {
    CliRun run = CliRun.of(through(null, "search", "loss"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(run.err())
        .startsWith("chartdex search: OpenSearch node " + proxy.uri() + " answered 401");
  }
}
