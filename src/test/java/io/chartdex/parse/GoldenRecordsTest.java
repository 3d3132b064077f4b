package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.chartdex.config.ConfigSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Description → record JSON, pinned: the two seeds and one description per style (A: {@code ##
 * Type: Title} with {@code * **X-axis:**} bullets, B: {@code - **X-axis**:}, C: Technical Document
 * Extraction, D: nested axis bullets, E: plain prose, F: a multi-panel grid). Compared as JSON
 * trees; {@code -Dgolden.update=true} rewrites the files in src/test/resources/parse/golden/.
 */
class GoldenRecordsTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ChartParser PARSER = ChartParser.fromConfig(ConfigSource.bundled());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "decoding-steps-heatmap.md",
        "pro-ultra-nll.md",
        "charxiv-described/charxiv-val-154.md",
        "charxiv-described/charxiv-val-1044.md",
        "charxiv-described/charxiv-val-882.md",
        "charxiv-described/charxiv-val-620.md",
        "charxiv-described/charxiv-val-2399.md",
        "charxiv-described/charxiv-val-214.md"
      })
  void recordMatchesItsGoldenJson(String sample) throws IOException {
    String text = ParserAccuracyTest.resource("samples/" + sample);
    ChartRecord record = PARSER.parse(new Description(sample, "samples", text));
    JsonNode actual = JSON.valueToTree(record);
    String golden = "parse/golden/" + sample.replaceAll("^.*/", "").replace(".md", ".json");

    String expectedJson;
    if (Boolean.getBoolean("golden.update")) {
      // The source tree, not the classpath copy, so that the rewrite is what gets committed.
      Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources", golden);
      Files.createDirectories(file.getParent());
      Files.writeString(file, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
      expectedJson = Files.readString(file, StandardCharsets.UTF_8);
    } else {
      expectedJson = ParserAccuracyTest.resource(golden);
    }
    JsonNode expected = JSON.readTree(expectedJson);
    assertThat(actual).as(golden).isEqualTo(expected);
  }
}
