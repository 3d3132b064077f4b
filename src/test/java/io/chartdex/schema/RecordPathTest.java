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
            field.path().select(tree).stream().map(RecordPathTest::render).toList();
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
}
