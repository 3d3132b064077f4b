package io.chartdex.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.config.ConfigException;
import io.chartdex.config.ConfigSource;
import io.chartdex.engine.ChartEngine;
import io.chartdex.engine.LuceneChartEngine;
import io.chartdex.ingest.BundledSamples;
import io.chartdex.search.SearchHit;
import io.chartdex.search.SearchRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index remembers the field mapping it was built with: opened with a configuration whose mapping
 * differs, it refuses at start and says why; a change that only affects how queries read (a label)
 * opens as before.
 */
class SchemaMismatchTest {
  private static final List<String> CONFIG_FILES =
      List.of("fields.json", "chart-types.json", "models.json", "synonyms.txt");
  private static final String TITLE_ENGLISH =
      "{\"name\": \"title\", \"kind\": \"text\", \"path\": \"title\", \"analyzer\": \"english\"";

  @Test
  void anotherAnalyzerForAFieldIsRefusedAtOpenWithBothFingerprints(@TempDir Path work)
      throws IOException {
    Path index = work.resolve("index");
    buildWithBundledConfig(index);
    Path changed =
        configWith(
            work.resolve("config"), TITLE_ENGLISH, TITLE_ENGLISH.replace("english", "standard"));

    assertThatThrownBy(() -> LuceneChartEngine.open(index, ConfigSource.directory(changed)))
        .isInstanceOf(SchemaMismatchException.class)
        .isInstanceOf(ConfigException.class)
        .hasMessageMatching(
            "fields\\.json: the index in .*index was built with another field mapping \\(schema"
                + " [0-9a-f]{16}, this configuration [0-9a-f]{16}\\); rebuild it under this"
                + " configuration with 'chartdex reindex', or open it with the index-config it was"
                + " built with");
    try (ChartEngine reopened = LuceneChartEngine.open(index, ConfigSource.bundled())) {
      assertThat(reopened.stats().documents()).isEqualTo(62);
    }
  }

  @Test
  void reindexRebuildsFromTheStoredOriginalsUnderTheNewMapping(@TempDir Path work)
      throws IOException {
    Path index = work.resolve("index");
    buildWithBundledConfig(index);
    ConfigSource changed =
        ConfigSource.directory(
            configWith(
                work.resolve("config"),
                TITLE_ENGLISH,
                TITLE_ENGLISH.replace("english", "standard")));

    IndexReport report = LuceneChartEngine.reindex(index, changed, ChartEngine.IndexProgress.NONE);

    assertThat(report.indexed()).isEqualTo(62);
    assertThat(report.failures()).isEmpty();
    try (ChartEngine reopened = LuceneChartEngine.open(index, changed)) {
      assertThat(reopened.stats().documents()).isEqualTo(62);
      assertThat(reopened.get("charxiv-described/charxiv-val-154.md").orElseThrow().text())
          .startsWith("## Line Chart: Accuracy vs. Flops Pruned for ResNet-56 on CIFAR10");
      assertThat(reopened.search(SearchRequest.of("axis:\"decoding steps\"")).hits())
          .extracting(SearchHit::id)
          .containsExactly("decoding-steps-heatmap.md");
    }
    assertThat(work.resolve("index.reindex")).doesNotExist();
    assertThat(work.resolve("index.old")).doesNotExist();
  }

  @Test
  void reindexRefusesAnIndexAnotherWriterHoldsAndChangesNothing(@TempDir Path work)
      throws IOException {
    Path index = work.resolve("index");
    buildWithBundledConfig(index);
    try (ChartEngine holder = LuceneChartEngine.open(index, ConfigSource.bundled())) {
      assertThatThrownBy(
              () ->
                  LuceneChartEngine.reindex(
                      index, ConfigSource.bundled(), ChartEngine.IndexProgress.NONE))
          .isInstanceOf(IndexLockedException.class);
      assertThat(holder.stats().documents()).isEqualTo(62);
    }
    assertThat(work.resolve("index.reindex")).doesNotExist();
  }

  @Test
  void aNewLabelIsNotAMappingChange(@TempDir Path work) throws IOException {
    Path index = work.resolve("index");
    buildWithBundledConfig(index);
    Path relabelled =
        configWith(work.resolve("config"), "\"label\": \"Chart type\"", "\"label\": \"Kind\"");

    try (ChartEngine reopened = LuceneChartEngine.open(index, ConfigSource.directory(relabelled))) {
      assertThat(reopened.stats().documents()).isEqualTo(62);
    }
  }

  private static void buildWithBundledConfig(Path index) throws IOException {
    try (ChartEngine engine = LuceneChartEngine.open(index, ConfigSource.bundled())) {
      assertThat(engine.index(new BundledSamples(), ChartEngine.IndexProgress.NONE).indexed())
          .isEqualTo(62);
    }
  }

  /** The bundled index-config in a directory, with one text of fields.json replaced. */
  private static Path configWith(Path directory, String text, String replacement)
      throws IOException {
    Files.createDirectories(directory);
    for (String file : CONFIG_FILES) {
      try (InputStream in = ConfigSource.bundled().open(file)) {
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (file.equals("fields.json")) {
          assertThat(content).contains(text);
          content = content.replace(text, replacement);
        }
        Files.writeString(directory.resolve(file), content, StandardCharsets.UTF_8);
      }
    }
    return directory;
  }
}
