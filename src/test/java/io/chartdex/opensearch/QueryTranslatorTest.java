package io.chartdex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chartdex.config.ConfigSource;
import io.chartdex.schema.IndexSchema;
import io.chartdex.search.ChartQueries;
import io.chartdex.search.InvalidQueryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.document.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsed chartdex queries → OpenSearch DSL, read from the Lucene query objects' getters: ranges,
 * regular expressions and points keep their exact bounds and text.
 */
class QueryTranslatorTest {
  private static final IndexSchema BUNDLED = IndexSchema.load(ConfigSource.bundled());

  private static String translated(IndexSchema schema, String query) {
    return new QueryTranslator(schema).translate(ChartQueries.parse(schema, query)).toString();
  }

  @Test
  void openAxisRangeIsAnIntersectsRangeWithOneBound() {
    assertThat(translated(BUNDLED, "x:[32000 TO *]"))
        .isEqualTo("{\"range\":{\"s_range__x\":{\"relation\":\"intersects\",\"gte\":32000.0}}}");
  }

  @Test
  void exclusiveAxisRangeBoundsStepToTheNeighbouringDoubles() {
    assertThat(translated(BUNDLED, "y:{0 TO 1}"))
        .isEqualTo(
            "{\"range\":{\"s_range__y\":{\"relation\":\"intersects\","
                + "\"gte\":4.9E-324,\"lte\":0.9999999999999999}}}");
  }

  @Test
  void regexpKeepsItsFieldAndExpressionWithColonsAndEscapedSlashes() {
    // OpenSearch reads it with the same Lucene RegExp syntax: an escaped slash stays escaped.
    assertThat(translated(BUNDLED, "source:/arxiv:24\\/0[1-3].*/"))
        .isEqualTo("{\"regexp\":{\"s_source\":{\"value\":\"arxiv:24\\\\/0[1-3].*\"}}}");
  }

  @Test
  void keywordRangeKeepsItsTermsAndWhichEndsAreIncluded() {
    assertThat(translated(BUNDLED, "source:[arxiv TO samples}"))
        .isEqualTo("{\"range\":{\"s_source\":{\"gte\":\"arxiv\",\"lt\":\"samples\"}}}");
  }

  @Test
  void numericPointRangeKeepsItsDoubleBounds(@TempDir Path directory) throws Exception {
    IndexSchema schema = withNumericField(directory);

    assertThat(translated(schema, "xmax:[10.5 TO 250]"))
        .isEqualTo("{\"range\":{\"s_xmax\":{\"gte\":10.5,\"lte\":250.0}}}");
  }

  @Test
  void aRangeRelationOtherThanIntersectsIsRefusedRatherThanWidened() {
    QueryTranslator translator = new QueryTranslator(BUNDLED);

    assertThatThrownBy(
            () ->
                translator.translate(
                    DoubleRange.newWithinQuery("range.x", new double[] {0}, new double[] {1})))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith(
            "this query cannot run on OpenSearch: range.x:<ranges:[0.0 : 1.0]>");
  }

  /** The bundled configuration plus a numeric field for the x axis's upper end. */
  private static IndexSchema withNumericField(Path directory) throws Exception {
    Path bundled = Path.of(QueryTranslatorTest.class.getResource("/index-config").toURI());
    try (Stream<Path> files = Files.list(bundled)) {
      for (Path f : files.toList()) {
        Files.copy(f, directory.resolve(f.getFileName().toString()));
      }
    }
    Path fields = directory.resolve("fields.json");
    Files.writeString(
        fields,
        Files.readString(fields)
            .replace(
                "    {\"name\": \"range.x\",",
                "    {\"name\": \"xmax\", \"kind\": \"numeric\", \"path\": \"axes[role=x].max\","
                    + " \"alias\": \"xmax\"},\n    {\"name\": \"range.x\","));
    return IndexSchema.load(ConfigSource.directory(directory));
  }
}
