package io.chartdex.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.config.ConfigSource;
import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import io.chartdex.model.ChartRecord;
import io.chartdex.search.SampleCharts;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordPathTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readingTheRecordGivesWhatItsJsonTreeGivesForEveryBundledField() {
    IndexSchema schema = IndexSchema.load(ConfigSource.bundled());
    for (ChartRecord record :
        List.of(
            SampleCharts.DECODING,
            SampleCharts.NLL,
            SampleCharts.LATENCY,
            SampleCharts.ACCURACY,
            SampleCharts.SCRIPT)) {
      JsonNode tree = JSON.valueToTree(record);
      for (FieldDef field : schema.fields()) {
        List<String> fromTree =
            walk(tree, field.path().toString()).stream().map(RecordPathTest::render).toList();
        List<String> fromRecord =
            field.path().select(record).stream()
                .map(value -> render(JSON.valueToTree(value)))
                .toList();
        assertThat(fromRecord).as(field.name() + " " + field.path()).isEqualTo(fromTree);
      }
    }
  }

  @Test
  void filterMatchesAnEnumByItsJsonCodeIgnoringCase() {
    ChartRecord record =
        new ChartRecord(
            "c",
            null,
            null,
            null,
            List.of(
                new Axis(AxisRole.X, "Epoch", null, 0.0, 10.0, null, null, null),
                new Axis(AxisRole.COLORBAR, "Density", null, null, 1.0, null, null, null)),
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(RecordPath.parse("axes[role=ColorBar].label").select(record))
        .containsExactly("Density");
    assertThat(RecordPath.parse("axes[].role").select(record).stream().map(RecordPath::text))
        .containsExactly("x", "colorbar");
    assertThat(RecordPath.parse("axes[].min").select(record).stream().map(RecordPath::text))
        .containsExactly("0.0");
  }

  private static String render(JsonNode node) {
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private static final java.util.regex.Pattern STEP =
      java.util.regex.Pattern.compile("(\\w+)(\\[(?:(\\w+)=([^\\]]+))?\\])?");

  /** The reference: the path walked over the record's JSON tree, as Jackson writes the record. */
  private static List<JsonNode> walk(JsonNode root, String path) {
    List<JsonNode> current = List.of(root);
    for (String part : path.split("\\.")) {
      java.util.regex.Matcher m = STEP.matcher(part);
      assertThat(m.matches()).as(part).isTrue();
      List<JsonNode> next = new java.util.ArrayList<>();
      for (JsonNode node : current) {
        JsonNode child = node.get(m.group(1));
        if (child == null || child.isNull()) {
          continue;
        }
        if (m.group(2) == null) {
          next.add(child);
          continue;
        }
        for (JsonNode element : child) {
          JsonNode key = m.group(3) == null ? null : element.get(m.group(3));
          if (m.group(3) == null
              || (key != null && key.isValueNode() && key.asText().equalsIgnoreCase(m.group(4)))) {
            next.add(element);
          }
        }
      }
      current = next;
    }
    return current;
  }
}
