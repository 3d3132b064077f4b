package io.chartdex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chartdex.opensearch.TestClusterProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI over OpenSearch: the same commands with {@code --backend opensearch}. */
@Tag("opensearch")
class OpenSearchCliTest {
  @Test
  void indexAndSearchOverAClusterAndRefuseAnIndexFromAnotherConfig(@TempDir Path data)
      throws Exception {
    try (TestClusterProcess cluster = TestClusterProcess.start(data, 1)) {
      String url = cluster.nodes().get(0).toString();
      String[] backend = {
        "--backend", "opensearch", "--opensearch-url", url, "--opensearch-replicas", "0"
      };

      CliRun indexed =
          CliRun.of(
              concat(
                  new String[] {"index", ChartdexCliTest.samples().toString(), "--quiet"},
                  backend));
      CliRun searched =
          CliRun.of(concat(new String[] {"search", "axis:\"Decoding Steps\""}, backend));
      CliRun otherConfig =
          CliRun.of(
              concat(
                  new String[] {
                    "search", "loss", "--config", changedTitleAnalyzer(data).toString()
                  },
                  backend));

      assertThat(indexed.exitCode()).as(indexed.err()).isZero();
      assertThat(searched.exitCode()).as(searched.err()).isZero();
      String first =
          searched.out().lines().filter(l -> l.startsWith("1. ")).findFirst().orElseThrow();
      assertThat(first).endsWith("[heatmap]  decoding-steps-heatmap.md");
      assertThat(otherConfig.exitCode()).isEqualTo(ExitCodes.CONFIG);
      assertThat(otherConfig.err())
          .contains("OpenSearch index 'chartdex' was not created from this index-config")
          .contains("s_title=text/standard vs text/english");
    }
  }

  /** The bundled configuration with the title analysed by "standard" instead of "english". */
  private static Path changedTitleAnalyzer(Path data) throws Exception {
    Path bundled = Path.of(OpenSearchCliTest.class.getResource("/index-config").toURI());
    Path copy = Files.createDirectories(data.resolve("other-config"));
    try (Stream<Path> files = Files.list(bundled)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName().toString()));
      }
    }
    Path fields = copy.resolve("fields.json");
    Files.writeString(
        fields,
        Files.readString(fields)
            .replace(
                "\"path\": \"title\", \"analyzer\": \"english\"",
                "\"path\": \"title\", \"analyzer\": \"standard\""));
    return copy;
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
