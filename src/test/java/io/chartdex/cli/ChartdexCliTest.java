package io.chartdex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.config.ConfigSource;
import io.chartdex.engine.ChartEngine;
import io.chartdex.engine.LuceneChartEngine;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts use it: output formats, summaries and exit codes. */
class ChartdexCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  static Path index;

  /** The bundled samples: both seeds and the 60 described CharXiv charts. */
  static Path samples() throws URISyntaxException {
    return Path.of(ChartdexCliTest.class.getResource("/samples").toURI());
  }

  static Path seeds() throws URISyntaxException {
    return Path.of(ChartdexCliTest.class.getResource("/ingest/tree/seeds").toURI());
  }

  @BeforeAll
  static void indexSamples() throws Exception {
    index = shared.resolve("index");
    CliRun run = CliRun.of("index", samples().toString(), "--index", index.toString(), "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void parseJsonPrintsOneRecordALineInInputOrder() throws Exception {
    CliRun run = CliRun.of("parse", "--json", seeds().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> records = new ArrayList<>();
    for (String line : run.out().strip().split("\n")) {
      records.add(JSON.readTree(line));
    }
    assertThat(records)
        .extracting(r -> r.get("id").asText())
        .containsExactly("decoding-steps-heatmap.md", "pro-ultra-nll.md");
    JsonNode heatmap = records.get(0);
    assertThat(heatmap.at("/chartType/normalized").asText()).isEqualTo("heatmap");
    assertThat(heatmap.at("/axes/0/label").asText()).isEqualTo("Decoding Steps");
    assertThat(heatmap.at("/axes/0/max").asDouble()).isEqualTo(250.0);
    assertThat(records.get(1).at("/axes/0/max").asDouble()).isEqualTo(32000.0);
  }

  @Test
  void parseShowsEachThingTheParserFoundOnItsOwnLine() throws Exception {
    CliRun run = CliRun.of("parse", seeds().resolve("pro-ultra-nll.md").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("pro-ultra-nll.md\n")
        .contains("  type      heatmap (Heatmap)\n")
        .contains("  x         Sequence position 8–32000, linear\n")
        .contains("  series    Pro (green), Ultra (blue)\n");
  }

  @Test
  void serveIsOneOfTheCommands() {
    CliRun run = CliRun.of("serve", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--port").contains("--cors-origin").contains("--docs");
  }

  @Test
  void aMissingInputExitsWithTheIoCodeAndNamesThePath() {
    CliRun run = CliRun.of("parse", "/no/such/description.md");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(run.err()).contains("/no/such/description.md");
  }

  @Test
  void searchOnAnAxisLabelRanksThatChartFirstWithTheLabelMarked() {
    CliRun run = CliRun.of("search", "axis:\"Decoding Steps\"", "--index", index.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String first = run.out().lines().filter(l -> l.startsWith("1. ")).findFirst().orElseThrow();
    assertThat(first).endsWith("[heatmap]  decoding-steps-heatmap.md");
    assertThat(run.out()).contains("**Decoding Steps**");
  }

  @Test
  void chartTypeFacetCountsAddUpToTheHits() throws Exception {
    CliRun run =
        CliRun.of(
            "search",
            "--json",
            "--facets",
            "type",
            "--facet-limit",
            "100",
            "--index",
            index.toString(),
            "--size",
            "0");

    JsonNode result = JSON.readTree(run.out());
    long sum = 0;
    for (JsonNode value : result.at("/facets/0/values")) {
      sum += value.get("count").asLong();
    }
    assertThat(result.get("total").asLong()).isEqualTo(62);
    assertThat(sum).isEqualTo(62);
  }

  @Test
  void rangeQueriesFindChartsWhoseAxisReaches32K() throws Exception {
    CliRun run = CliRun.of("search", "--json", "x:[32000 TO *]", "--index", index.toString());

    JsonNode result = JSON.readTree(run.out());
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    assertThat(ids).contains("pro-ultra-nll.md").doesNotContain("decoding-steps-heatmap.md");
  }

  @Test
  void aQueryThatMatchesNothingExitsOneLikeGrep() {
    CliRun run = CliRun.of("search", "zyxwvut", "--index", index.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(run.out()).startsWith("0 charts match zyxwvut");
  }

  @Test
  void aSyntaxErrorExitsTwoAndSaysWhere() {
    CliRun run = CliRun.of("search", "axis:(decoding", "--index", index.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("axis:(decoding").containsIgnoringCase("column");
  }

  @Test
  void aMalformedRangeExitsTwoAndNamesTheRole() {
    CliRun run = CliRun.of("search", "--range", "x=abc..5", "--index", index.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("range on x: not a finite number: abc");
  }

  @Test
  void reindexingTheSameFilesReplacesThemAndDuplicatesNothing(@TempDir Path dir) throws Exception {
    String target = dir.resolve("index").toString();
    CliRun.of("index", seeds().toString(), "--index", target, "--quiet");
    CliRun again = CliRun.of("index", seeds().toString(), "--index", target, "--json", "--quiet");

    JsonNode report = JSON.readTree(again.out());
    assertThat(report.get("indexed").asInt()).isEqualTo(2);
    assertThat(report.get("replaced").asInt()).isEqualTo(2);
    try (ChartEngine engine =
        LuceneChartEngine.open(dir.resolve("index"), ConfigSource.bundled())) {
      assertThat(engine.stats().documents()).isEqualTo(2);
    }
  }

  @Test
  void anIndexHeldByAnotherWriterIsRefusedWithTheIoCode(@TempDir Path dir) throws Exception {
    try (ChartEngine holder = LuceneChartEngine.open(dir, ConfigSource.bundled())) {
      CliRun run = CliRun.of("index", seeds().toString(), "--index", dir.toString(), "--quiet");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.IO);
      assertThat(run.err()).contains(dir.toString());
    }
  }

  @Test
  void reindexRebuildsTheIndexAndReportsTheCharts(@TempDir Path dir) throws Exception {
    String target = dir.resolve("index").toString();
    CliRun.of("index", seeds().toString(), "--index", target, "--quiet");

    CliRun run = CliRun.of("reindex", "--index", target, "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out()).get("indexed").asInt()).isEqualTo(2);
    assertThat(CliRun.of("search", "axis:\"decoding steps\"", "--index", target).exitCode())
        .isZero();
  }

  @Test
  void reindexWithoutAnIndexExitsWithTheIoCode(@TempDir Path dir) {
    CliRun run = CliRun.of("reindex", "--index", dir.resolve("none").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO);
    assertThat(run.err()).contains("no index to rebuild");
  }

  @Test
  void aMissingConfigDirectoryExitsThreeNamingTheFile(@TempDir Path emptyConfig) throws Exception {
    CliRun run = CliRun.of("parse", "--config", emptyConfig.toString(), seeds().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err()).contains(emptyConfig.toString()).contains("file not found");
  }
}
