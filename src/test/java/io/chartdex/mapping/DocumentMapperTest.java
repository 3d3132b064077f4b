package io.chartdex.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.config.ConfigSource;
import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Section;
import io.chartdex.schema.IndexSchema;
import io.chartdex.search.SampleCharts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentMapperTest {
  private static final IndexSchema SCHEMA = IndexSchema.load(ConfigSource.bundled());
  private final DocumentMapper mapper = new DocumentMapper(SCHEMA);

  private static List<String> facetPaths(Document doc) {
    return doc.getFields().stream()
        .filter(f -> f.name().startsWith(FacetsConfig.DEFAULT_INDEX_FIELD_NAME + "."))
        .filter(f -> f.binaryValue() != null)
        .map(f -> f.binaryValue().utf8ToString().replace(FacetsConfig.DELIM_CHAR, '/'))
        .filter(path -> path.contains("/")) // a bare dimension entry only counts the dimension
        .distinct() // doc values and the drill-down term carry each path
        .sorted()
        .toList();
  }

  @Test
  void everySchemaFieldReadsItsRecordPath() {
    Document doc = mapper.toDocument(SampleCharts.NLL, "the text", Map.of("split", "val"));

    assertThat(doc.get(IndexFields.ID)).isEqualTo("pro-ultra-nll");
    assertThat(doc.getValues("title"))
        .containsExactly("Performance Comparison of Pro and Ultra Models");
    assertThat(doc.getValues("axis.x")).containsExactly("Sequence position");
    assertThat(doc.getValues("axis.y")).containsExactly("NLL");
    assertThat(doc.getValues("model")).containsExactly("Pro", "Ultra");
    assertThat(doc.getValues("series")).containsExactly("Pro", "Ultra");
    assertThat(doc.getValues("text")).hasSize(2);
    assertThat(doc.get(IndexFields.TEXT)).isEqualTo("the text");
    assertThat(doc.get(IndexFields.METADATA)).isEqualTo("{\"split\":\"val\"}");
  }

  @Test
  void textFieldsKeepOffsetsForTheHighlighter() {
    Document doc = mapper.toDocument(SampleCharts.NLL, "t", Map.of());

    IndexableField title = doc.getField("title");
    assertThat(title.fieldType().indexOptions())
        .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    assertThat(title.fieldType().stored()).isTrue();
  }

  @Test
  void facetValuesAreCanonicalised() {
    ChartRecord spaced =
        SampleCharts.chart(
            "spaced",
            "T",
            new io.chartdex.model.ChartType("Heat Map", "heatmap"),
            List.of(SampleCharts.axis(AxisRole.X, "Decoding   Steps", 0.0, 1.0)),
            List.of(),
            List.of("GPT  4"),
            "o",
            "i");

    Document doc = mapper.toDocument(spaced, "t", Map.of());

    assertThat(facetPaths(doc))
        .containsExactly(
            "axis.written/Decoding Steps",
            "axis/decoding steps",
            "model.written/GPT 4",
            "model/GPT 4",
            "source/tests",
            "title.written/T",
            "type/heatmap");
  }

  @Test
  void axesBecomeRangesWithOpenEndsInfiniteAndReversedEndsSwapped() {
    ChartRecord axes =
        SampleCharts.chart(
            "ranges",
            "T",
            null,
            List.of(
                new Axis(AxisRole.X, "Steps", null, 8.0, null, null, null, "from 8"),
                new Axis(AxisRole.Y, "Loss", null, 155.0, 100.0, null, null, "155 down to 100"),
                new Axis(AxisRole.Y2, "Unknown", null, null, null, null, null, "?")),
            List.of(),
            List.of(),
            "o",
            "i");

    Document doc = mapper.toDocument(axes, "t", Map.of());

    DoubleRange x = (DoubleRange) doc.getField("range.x");
    DoubleRange y = (DoubleRange) doc.getField("range.y");
    assertThat(new double[] {x.getMin(0), x.getMax(0)})
        .containsExactly(8.0, Double.POSITIVE_INFINITY);
    assertThat(new double[] {y.getMin(0), y.getMax(0)}).containsExactly(100.0, 155.0);
    assertThat(doc.getField("range.y2")).isNull();
    assertThat(doc.getFields("range.any")).hasSize(2);
  }

  @Test
  void theStoredRecordReadsBackEqualWithItsSectionTextsFromTheTextField() {
    Document doc = mapper.toDocument(SampleCharts.DECODING, "t", Map.of());
    StoredRecord layout = StoredRecord.of(SCHEMA);

    assertThat(layout.sectionTextField()).isEqualTo("text");
    assertThat(layout.read(doc.get(IndexFields.RECORD), List.of(doc.getValues("text"))))
        .isEqualTo(SampleCharts.DECODING);
  }

  @Test
  void theStoredRecordLeavesOutTheSectionTextsTheTextFieldStores() throws IOException {
    Document doc = mapper.toDocument(SampleCharts.DECODING, "t", Map.of());

    ChartRecord stored =
        new ObjectMapper().readValue(doc.get(IndexFields.RECORD), ChartRecord.class);
    assertThat(stored.sections())
        .extracting(Section::name)
        .containsExactly("overview", "interpretation");
    assertThat(stored.sections()).extracting(Section::text).containsExactly(null, null);
    assertThat(doc.getValues("text"))
        .containsExactly(
            SampleCharts.DECODING.sections().get(0).text(),
            SampleCharts.DECODING.sections().get(1).text());
  }

  @Test
  void aRecordStoredWithItsSectionTextsReadsBackAsItWas() throws IOException {
    String whole = new ObjectMapper().writeValueAsString(SampleCharts.DECODING);

    assertThat(StoredRecord.of(SCHEMA).read(whole, List.of())).isEqualTo(SampleCharts.DECODING);
  }

  @Test
  void aNewFacetOverAnExistingRecordFieldNeedsOnlyConfiguration(@TempDir Path config)
      throws IOException {
    Files.writeString(
        config.resolve("fields.json"),
        """
        {"fields": [
          {"name": "unit", "kind": "facet", "path": "axes[].unit", "label": "Unit", "canonical": "lower"},
          {"name": "xmax", "kind": "numeric", "path": "axes[role=x].max", "alias": "xmax"}
        ]}
        """,
        StandardCharsets.UTF_8);
    IndexSchema schema = IndexSchema.load(ConfigSource.directory(config));
    ChartRecord withUnits =
        SampleCharts.chart(
            "units",
            "T",
            null,
            List.of(
                new Axis(AxisRole.X, "Time", "MS", 0.0, 250.0, null, null, "Time (MS)"),
                new Axis(AxisRole.Y, "Gain", "dB", null, null, null, null, "Gain (dB)")),
            List.of(),
            List.of(),
            "o",
            "i");

    Document doc = new DocumentMapper(schema).toDocument(withUnits, "t", Map.of());

    assertThat(facetPaths(doc)).containsExactly("unit/db", "unit/ms");
    assertThat(doc.getFields("xmax")).hasSize(1);
    assertThat(doc.getField("xmax")).isInstanceOf(org.apache.lucene.document.DoublePoint.class);
  }
}
