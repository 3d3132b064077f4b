package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.config.ConfigException;
import io.chartdex.config.ConfigSource;
import io.chartdex.model.ChartType;
import io.chartdex.model.Description;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser's vocabularies come from index-config and fail loudly, naming file and field. */
class ParserConfigTest {
  private static final String TYPES =
      "{\"types\": [{\"term\": \"heatmap\", \"variants\": [\"heat map\"]}]}";

  private static void write(Path dir, String file, String json) throws IOException {
    Files.writeString(dir.resolve(file), json, StandardCharsets.UTF_8);
  }

  @Test
  void userVocabularyDecidesTheTypes(@TempDir Path dir) throws IOException {
    write(dir, "chart-types.json", TYPES);
    write(dir, "models.json", "{\"names\": [\"Pro\"]}");

    ChartParser parser = ChartParser.fromConfig(ConfigSource.directory(dir));

    assertThat(parser.parse(new Description("a", null, "A heat map of loss.")).chartType())
        .isEqualTo(new ChartType("heat map", "heatmap"));
    assertThat(parser.parse(new Description("b", null, "A bar chart.")).chartType())
        .isEqualTo(ChartType.unknown());
  }

  @Test
  void missingModelGazetteerNamesTheFile(@TempDir Path dir) throws IOException {
    write(dir, "chart-types.json", TYPES);

    assertThatThrownBy(() -> ChartParser.fromConfig(ConfigSource.directory(dir)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("models.json")
        .hasMessageContaining("file not found");
  }

  @Test
  void invalidModelPatternNamesTheField(@TempDir Path dir) throws IOException {
    write(dir, "chart-types.json", TYPES);
    write(dir, "models.json", "{\"names\": [\"GPT\"], \"patterns\": [\"(unclosed\"]}");

    assertThatThrownBy(() -> ChartParser.fromConfig(ConfigSource.directory(dir)))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).field()).isEqualTo("patterns[0]"));
  }

  @Test
  void typeWithoutTermNamesTheField(@TempDir Path dir) throws IOException {
    write(dir, "chart-types.json", "{\"types\": [{\"variants\": [\"heat map\"]}]}");
    write(dir, "models.json", "{\"names\": [\"GPT\"]}");

    assertThatThrownBy(() -> ChartParser.fromConfig(ConfigSource.directory(dir)))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).field()).isEqualTo("types[0].term"));
  }
}
