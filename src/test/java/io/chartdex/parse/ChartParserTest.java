package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.chartdex.config.ConfigSource;
import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.ChartType;
import io.chartdex.model.Description;
import io.chartdex.model.Panel;
import io.chartdex.model.ParseWarning;
import io.chartdex.model.Section;
import io.chartdex.model.Series;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The parser on the two seed descriptions and on one real description per feature. */
class ChartParserTest {
  private static final ChartParser PARSER = ChartParser.fromConfig(ConfigSource.bundled());

  private static ChartRecord parseSample(String path) throws IOException {
    return PARSER.parse(
        new Description(path, "samples", ParserAccuracyTest.resource("samples/" + path)));
  }

  @Test
  void decodingStepsSeedIsAHeatmapWithBothAxesExactly() throws IOException {
    ChartRecord record = parseSample("decoding-steps-heatmap.md");

    assertThat(record.id()).isEqualTo("decoding-steps-heatmap.md");
    assertThat(record.source()).isEqualTo("samples");
    assertThat(record.title()).isEqualTo("Output Token Position Index vs. Decoding Steps");
    assertThat(record.chartType()).isEqualTo(new ChartType("Heatmap", "heatmap"));
    assertThat(record.axes())
        .extracting(Axis::role, Axis::label, Axis::min, Axis::max, Axis::step)
        .containsExactly(
            tuple(AxisRole.X, "Decoding Steps", 0.0, 250.0, 25.0),
            tuple(AxisRole.Y, "Output Token Position Index", 100.0, 155.0, 5.0));
    assertThat(record.colors()).containsExactly("orange", "blue", "green");
    assertThat(record.warnings()).isEmpty();
  }

  @Test
  void proUltraSeedHasSequenceAndNllAxesAndTwoModelSeries() throws IOException {
    ChartRecord record = parseSample("pro-ultra-nll.md");

    assertThat(record.axes())
        .extracting(Axis::role, Axis::label, Axis::min, Axis::max)
        .containsExactly(
            tuple(AxisRole.X, "Sequence position", 8.0, 32000.0),
            tuple(AxisRole.Y, "NLL value", 0.0, 1.0));
    assertThat(record.series())
        .containsExactly(new Series("Pro", "green", null), new Series("Ultra", "blue", null));
    assertThat(record.models()).containsExactly("Pro", "Ultra");
  }

  @Test
  void sectionsKeepDocumentOrderHeadingsAsWrittenAndCanonicalNames() throws IOException {
    ChartRecord record = parseSample("decoding-steps-heatmap.md");

    assertThat(record.sections())
        .extracting(Section::name, Section::heading)
        .containsExactly(
            tuple("overview", "Overview"),
            tuple("axes", "Components/Axes"),
            tuple("details", "Detailed Analysis or ### Content Details"),
            tuple("observations", "Key Observations"),
            tuple("interpretation", "Interpretation"));
    assertThat(record.sections().get(1).text())
        .startsWith("X-axis: Decoding Steps, ranging from 0 to 250 in increments of 25.")
        .doesNotContain("**");
  }

  @Test
  void technicalDocumentSkeletonTakesTypeFromImageDescriptionAndAxesFromSubsections()
      throws IOException {
    ChartRecord record = parseSample("charxiv-described/charxiv-val-882.md");

    assertThat(record.title()).isEqualTo("A2C Convergence Curve for Beam Selection");
    assertThat(record.chartType()).isEqualTo(new ChartType("line chart", "line"));
    assertThat(record.axes())
        .extracting(Axis::role, Axis::label, Axis::min, Axis::max, Axis::step)
        .containsExactly(
            tuple(AxisRole.X, "Episode", 0.0, 1000.0, 200.0),
            tuple(AxisRole.Y, "Average Reward", -0.4, 0.8, 0.2));
    assertThat(record.series())
        .containsExactly(
            new Series("A2C", "blue", "solid"),
            new Series("95% confidence interval", "light blue", null));
    assertThat(record.models()).containsExactly("A2C");
    assertThat(record.sections())
        .extracting(Section::name)
        .containsExactly(
            "overview", "axes", "axes", "legend", "details", "details", "details", "summary");
  }

  @Test
  void literalBackslashNBeforeTheHeaderIsReadAsANewline() throws IOException {
    ChartRecord record = parseSample("charxiv-described/charxiv-val-354.md");

    assertThat(record.title()).isEqualTo("Composition of Electricity Production in PC_TransEx");
    assertThat(record.chartType()).isEqualTo(new ChartType("Stacked Area Chart", "area"));
  }

  @Test
  void proseDescriptionTakesTypeFromItsWordsAndWarnsItIsNotMarkdown() throws IOException {
    ChartRecord record = parseSample("charxiv-described/charxiv-val-2399.md");

    assertThat(record.title()).isNull();
    assertThat(record.chartType()).isEqualTo(new ChartType("box plot", "box"));
    assertThat(record.models())
        .containsExactly(
            "Penalized DPLC", "DPLC", "DeepSurv", "Random Survival Forest", "Lasso-Cox", "CoxPH");
    assertThat(record.warnings()).extracting(ParseWarning::code).containsExactly("not-markdown");
  }

  @Test
  void legendBulletsGiveNamesColoursAndStyles() throws IOException {
    ChartRecord record = parseSample("charxiv-described/charxiv-val-154.md");

    assertThat(record.series())
        .startsWith(
            new Series("Baseline", "black", "dashed"),
            new Series("HRel", "red", "solid, circle markers"),
            new Series("T=0.05", "blue", null))
        .hasSize(8);
  }

  @Test
  void legendSentenceGivesEachNameItsColour() throws IOException {
    ChartRecord record = parseSample("charxiv-described/charxiv-val-1044.md");

    assertThat(record.series())
        .containsExactly(
            new Series("ZO-iALM", "red", "circle markers"),
            new Series("ZO-AdaMM", "blue", "square markers"),
            new Series("ZO-ProxSGD", "green", "triangle markers"));
  }

  @Test
  void panelLayoutGivesLabelledPanelTitles() throws IOException {
    ChartRecord record = parseSample("charxiv-described/charxiv-val-214.md");

    assertThat(record.chartType()).isEqualTo(new ChartType("Line Graphs", "line"));
    assertThat(record.panels())
        .containsExactly(
            new Panel("a", "IoU", null),
            new Panel("b", "F1-score", null),
            new Panel("c", "Accuracy", null),
            new Panel("d", "Sensitivity", null),
            new Panel("e", "Specificity", null));
    assertThat(record.axes()).extracting(Axis::label).startsWith("Image index");
  }

  @Test
  void gridWithRowAndColumnHeadersGivesOneUntitledPanelPerCell() throws IOException {
    ChartRecord record = parseSample("charxiv-described/charxiv-val-934.md");

    assertThat(record.panels()).hasSize(9).containsOnly(new Panel(null, null, null));
  }

  @Test
  void threePanelFigureGivesThreePanels() throws IOException {
    ChartRecord record = parseSample("charxiv-described/charxiv-val-1918.md");

    assertThat(record.panels()).hasSize(3);
  }

  @Test
  void headerTypeIsNarrowedWhenTheTitleNamesAConfusionMatrix() throws IOException {
    ChartRecord record = parseSample("charxiv-described/charxiv-val-1409.md");

    assertThat(record.chartType()).isEqualTo(new ChartType("Heatmap", "confusion matrix"));
  }

  @Test
  void markdownWithoutAxesOrTitleSaysSo() {
    ChartRecord record =
        PARSER.parse(new Description("x", null, "### Overview\nA bar chart of sales.\n* item"));

    assertThat(record.chartType()).isEqualTo(new ChartType("bar chart", "bar"));
    assertThat(record.warnings())
        .extracting(ParseWarning::code)
        .containsExactly("no-title", "no-axes");
  }
}
