package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chartdex.config.ConfigSource;
import io.chartdex.model.Description;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every bundled sample (the 62 in samples.list) → its record, pinned in one JSON object keyed by
 * sample path, so that a faster reader must produce exactly what the slower one did. {@code
 * -Dgolden.update=true} rewrites src/test/resources/parse/golden/bundled-samples.json.
 */
class BundledSamplesGoldenTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String GOLDEN = "parse/golden/bundled-samples.json";

  @Test
  void everyBundledSampleParsesToItsPinnedRecord() throws IOException {
    ChartParser parser = ChartParser.fromConfig(ConfigSource.bundled());
    List<String> samples =
        ParserAccuracyTest.resource("samples/samples.list")
            .lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
    ObjectNode actual = JSON.createObjectNode();
    for (String sample : samples) {
      String text = ParserAccuracyTest.resource("samples/" + sample);
      actual.set(sample, JSON.valueToTree(parser.parse(new Description(sample, "samples", text))));
    }

    String expectedJson;
    if (Boolean.getBoolean("golden.update")) {
      // The source tree, not the classpath copy, so that the rewrite is what gets committed.
      Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources", GOLDEN);
      Files.writeString(file, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
      expectedJson = Files.readString(file, StandardCharsets.UTF_8);
    } else {
      expectedJson = ParserAccuracyTest.resource(GOLDEN);
    }
    JsonNode expected = JSON.readTree(expectedJson);
    assertThat(samples).hasSize(62);
    assertThat(actual.size()).isEqualTo(62);
    for (String sample : samples) {
      assertThat(actual.get(sample)).as(sample).isEqualTo(expected.get(sample));
    }
    assertThat(actual).isEqualTo(expected);
  }
}
