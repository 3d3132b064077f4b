package io.chartdex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Axis texts quoted verbatim from the seeds and the described corpus (file named per case), each
 * read into exact axis values.
 */
class AxisReaderTest {

  private final AxisReader reader = new AxisReader();

  private static Axis axis(
      AxisRole role,
      String label,
      String unit,
      Double min,
      Double max,
      Double step,
      String scale,
      String raw) {
    return new Axis(role, label, unit, min, max, step, scale, raw);
  }

  private Axis read(AxisRole role, String text) {
    return reader.read(role, text);
  }

  @Nested
  class BulletValues {

    @Test
    void seedAxesWithRangeAndIncrement() {
      String x = "Decoding Steps, ranging from 0 to 250 in increments of 25.";
      String y = "Output Token Position Index, ranging from 100 to 155 in increments of 5.";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Decoding Steps", null, 0.0, 250.0, 25.0, "linear", x));
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(
              axis(
                  AxisRole.Y, "Output Token Position Index", null, 100.0, 155.0, 5.0, "linear", y));
    }

    @Test
    void kiloSuffixOnTheUpperEndOnly() {
      String x = "Sequence position, ranging from 8 to 32K.";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Sequence position", null, 8.0, 32000.0, null, "linear", x));
    }

    @Test
    void parenthesisedUnitStaysInTheLabelAndPercentageBecomesPercent() {
      String x = "Flops pruned (percentage), ranging from 0 to 70 in increments of 10."; // val-154
      assertThat(read(AxisRole.X, x))
          .isEqualTo(
              axis(AxisRole.X, "Flops pruned (percentage)", "%", 0.0, 70.0, 10.0, "linear", x));
    }

    @Test
    void unitWrittenAfterInAndNegativeRange() {
      String c = // val-805
          "clutter power in dB, ranging from -30 to -20 in increments of 2; dark blue represents low"
              + " power and yellow represents high power (viridis-like palette).";
      assertThat(read(AxisRole.COLORBAR, c))
          .isEqualTo(
              axis(AxisRole.COLORBAR, "clutter power in dB", "dB", -30.0, -20.0, 2.0, "linear", c));
    }

    @Test
    void labelThatIsAUnit() {
      String y = "TWh, ranging from 0 to 700 in increments of 100."; // val-354
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "TWh", "TWh", 0.0, 700.0, 100.0, "linear", y));
    }

    @Test
    void noTitleGivesNoLabelButKeepsTheYears() {
      String x = "No title; years from 2020 to 2050 in increments of 5."; // val-354
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, null, null, 2020.0, 2050.0, 5.0, "linear", x));
      String y =
          "ACS division abbreviations, no axis title; twelve rows listed from top to bottom"
              + " as PHYS, COMP, ANYL"; // val-1294
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, null, null, null, null, null, null, y));
    }

    @Test
    void logarithmicRangeInCaretPowers() {
      String y = "Primal residual, logarithmic scale ranging from 10^-4 to 10^1."; // val-1044
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "Primal residual", null, 1e-4, 10.0, null, "log", y));
    }

    @Test
    void flattenedSuperscriptDefersToItsParenthesisedForm() {
      String y = // val-625
          "Vector Field Error, logarithmic, ranging from 10-5 (10^-5) to 10^-1 with one tick per"
              + " decade.";
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "Vector Field Error", null, 1e-5, 0.1, null, "log", y));
    }

    @Test
    void supTagsAndLogScale() {
      String x = // val-106
          "Epoch, log scale from 10<sup>0</sup> to 10<sup>2</sup> (1 to 100 epochs), with ticks at"
              + " 10<sup>0</sup>, 10<sup>1</sup> and 10<sup>2</sup>.";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Epoch", null, 1.0, 100.0, null, "log", x));
    }

    @Test
    void categoryAxisHasNoNumbers() {
      String x = // val-51
          "Model name (categorical), from ResNet-50 on the left to BiT-R101x3 on the right:"
              + " ResNet-50, ResNet-101, BiT-R50x1, BiT-R101x1, BiT-R50x3, BiT-R101x3.";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Model name", null, null, null, null, null, x));
    }

    @Test
    void hedgedMillionsAndPanelRemark() {
      String x = // val-27
          "Meta-training time steps in both panels; tick labels are compressed and appear to run"
              + " from 0 to about 2M.";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(
              axis(AxisRole.X, "Meta-training time steps", null, 0.0, 2e6, null, "linear", x));
    }

    @Test
    void unlabelledAxisWithValues() {
      String x = // val-1940
          "Unlabelled; tick values (daily returns) ranging from -0.20 to 0.20 in increments of 0.05.";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, null, null, -0.2, 0.2, 0.05, "linear", x));
    }

    @Test
    void labeledInQuotesWithValues() {
      String x = "Labeled \"Training Tokens\" with values ranging from 0 to 20B"; // style B form
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Training Tokens", null, 0.0, 2e10, null, "linear", x));
    }

    @Test
    void unitAfterACommaAndInBrackets() {
      String y = "Share of users, in %, ranging from 0 to 60";
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "Share of users", "%", 0.0, 60.0, null, "linear", y));
      String y2 = "Error (in %), between 0 and 1";
      assertThat(read(AxisRole.Y2, y2))
          .isEqualTo(axis(AxisRole.Y2, "Error (in %)", "%", 0.0, 1.0, null, "linear", y2));
    }

    @Test
    void tickListGivesStepAndEnds() {
      String x = "Threshold, with ticks at 0.2, 0.4, 0.6 and 0.8";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Threshold", null, 0.2, 0.8, 0.2, "linear", x));
    }

    @Test
    void reversedTickListGivesTheExtentInOrder() {
      String y = "Depth (m)\nMajor ticks: 100, 50, 0";
      Axis a = read(AxisRole.Y, y);
      assertThat(a.min()).isEqualTo(0.0);
      assertThat(a.max()).isEqualTo(100.0);
    }

    @Test
    void enDashAsMinusSign() {
      String y = "Residual, ranging from –3 to 2 in steps of 1";
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "Residual", null, -3.0, 2.0, 1.0, "linear", y));
    }

    @Test
    void bracketedUnit() {
      String x = "m2 [M⊙], ranging from 0 to 50 in increments of 10."; // val-1251
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "m2 [M⊙]", "M⊙", 0.0, 50.0, 10.0, "linear", x));
    }
  }

  @Nested
  class PanelGrids {

    @Test
    void firstDashedRangeOfThePanels() {
      String y = // val-214
          "no axis title; the metric is given by the panel title. Panels (a), (b) and (d) span"
              + " 0.0–0.8; panels (c) and (e) span 0.0–1.0.";
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, null, null, 0.0, 0.8, null, "linear", y));
    }

    @Test
    void percentRangeInParentheses() {
      String y = "Coverage %, range (0–100%), ticks every 20."; // val-1925
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "Coverage %", "%", 0.0, 100.0, 20.0, "linear", y));
      String y2 = "Annualized Return (%), shared scale (0–12%) with ticks every 2."; // val-1803
      assertThat(read(AxisRole.Y, y2))
          .isEqualTo(axis(AxisRole.Y, "Annualized Return (%)", "%", 0.0, 12.0, 2.0, "linear", y2));
    }

    @Test
    void aStatedRangeWinsOverDashedSummaries() {
      String y = // val-2177
          "SID, lower is better; ranges grow with p, from (0–80) for p = 10 to (0–8000) for p ="
              + " 100. The bottom-right panel (Random, p = 100) spans 0 to 8000 with ticks every"
              + " 2000.";
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "SID", null, 0.0, 8000.0, 2000.0, "linear", y));
    }

    @Test
    void axisTitleNamedInARemark() {
      String y = // val-934
          "RMSE panels use per-row scales; the row-2 RMSE panel (y-axis title Strauss(γ=0.5)) spans"
              + " 0.0 to 1.5 in steps of 0.5. TPR and FPR panels span 0.0 to 1.0 (0–100% as"
              + " proportions).";
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "Strauss(γ=0.5)", null, 0.0, 1.5, 0.5, "linear", y));
    }

    @Test
    void rangeInTheDashedFormWithBillions() {
      String x = "Tokens seen (0–20B)"; // the inline form the corpus README describes
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Tokens seen", null, 0.0, 2e10, null, "linear", x));
    }
  }

  @Nested
  class KeyLines {

    @Test
    void technicalExtractionSubsection() {
      String x = // val-882, key lines as the parser joins them
          "Label: `Episode`\nRange: 0 to 1000\nMajor ticks: 0, 200, 400, 600, 800, 1000"
              + " (increments of 200)";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Episode", null, 0.0, 1000.0, 200.0, "linear", x));
    }

    @Test
    void tickStepKeyAndALabelThatLooksLikeAFunction() {
      String x = "- **Label:** `log(N)`\n- **Range:** 1.6 to 3.4\n- **Tick step:** 0.2"; // val-2114
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "log(N)", null, 1.6, 3.4, 0.2, "linear", x));
    }

    @Test
    void nestedBulletsWithUnitInLabelAndEveryStep() {
      String y = // val-620
          "**Label:** \"BMSE (dB)\"\n**Scale:** Linear, ranging from -26 to -10\n"
              + "**Major Tick Marks:** every 2 dB (-26, -24, -22, -20, -18, -16, -14, -12, -10)";
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "BMSE (dB)", "dB", -26.0, -10.0, 2.0, "linear", y));
    }

    @Test
    void stepFromAnEvenTickList() {
      String x = // val-620
          "Label: \"Time Slot Index (t)\"\nScale: Linear, ranging from 0 to 100\n"
              + "Major Tick Marks: 0, 20, 40, 60, 80, 100";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Time Slot Index (t)", null, 0.0, 100.0, 20.0, "linear", x));
    }

    @Test
    void logarithmicPowersWithoutStep() {
      String y = // val-1918
          "Label: \"probability\"\nScale: Logarithmic, ranging from 10^-4 to 10^0\n"
              + "Major Tick Marks: 10^-4, 10^-3, 10^-2, 10^-1, 10^0";
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "probability", null, 1e-4, 1.0, null, "log", y));
    }

    @Test
    void percentRangeInScaleLine() {
      String x = // val-2082
          "Label: none\nScale: Linear percentage, ranging from 0.0% to 100.0%\n"
              + "Major Tick Marks: 0.0%, 20.0%, 40.0%, 60.0%, 80.0%, 100.0%";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, null, "%", 0.0, 100.0, 20.0, "linear", x));
    }

    @Test
    void onlyALowerBound() {
      String y = // val-111
          "Label: \"Throughput\"\nScale: Linear, starting at 0\n"
              + "Major Tick Marks: evenly spaced; the upper values are partly cut off";
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "Throughput", null, 0.0, null, null, "linear", y));
    }

    @Test
    void everyUnitStepAndUnitFromLabel() {
      String y =
          "Label: `Computation Time (s)`\nRange: 0 to 250\nMajor ticks: every 50 s"; // val-701
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "Computation Time (s)", "s", 0.0, 250.0, 50.0, "linear", y));
    }

    @Test
    void evenlySpacedNumericCategoriesGiveARange() {
      String x = "Label: `Δ`\nCategories: 0, 0.1, 0.2, 0.3 (rightmost group at 0.3)"; // val-1590
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Δ", null, 0.0, 0.3, 0.1, "linear", x));
    }

    @Test
    void categoryNamesGiveNothingNumeric() {
      String x =
          "Label: none printed\nCategories (left to right): `N=10, j=10000`, `N=20, j=10000`";
      assertThat(read(AxisRole.X, x)) // val-701
          .isEqualTo(axis(AxisRole.X, null, null, null, null, null, null, x));
    }

    @Test
    void minAndMaxKeysAndANegativeFreeLine() {
      String y = "Label (rotated): Loss\nMin: -0.5\nMax: 2.5";
      assertThat(read(AxisRole.Y, y))
          .isEqualTo(axis(AxisRole.Y, "Loss", null, -0.5, 2.5, null, "linear", y));
      String x = "Label: Shift\n- -0.4 to 0.8, ticks every 0.2";
      assertThat(read(AxisRole.X, x))
          .isEqualTo(axis(AxisRole.X, "Shift", null, -0.4, 0.8, 0.2, "linear", x));
    }

    @Test
    void scaleNoneMeansNoScale() {
      String x =
          "Label: \"p\"\nScale: none (no ticks or numbers); drawn as an arrow pointing right";
      assertThat(read(AxisRole.X, x)) // val-650
          .isEqualTo(axis(AxisRole.X, "p", null, null, null, null, null, x));
    }
  }

  @Nested
  class Prose {

    @Test
    void seedOverviewSentences() {
      String prose = // seed decoding-steps-heatmap
          "The image is a heatmap visualizing the relationship between the output token position"
              + " index and decoding steps. The x-axis represents decoding steps, ranging from 0 to"
              + " 250. The y-axis represents the output token position index, ranging from 100 to"
              + " 155. Orange blocks indicate the presence of a token.";
      List<Axis> axes = reader.findInProse(prose);
      assertThat(axes)
          .containsExactly(
              axis(
                  AxisRole.X,
                  "decoding steps",
                  null,
                  0.0,
                  250.0,
                  null,
                  "linear",
                  "x-axis represents decoding steps, ranging from 0 to 250"),
              axis(
                  AxisRole.Y,
                  "output token position index",
                  null,
                  100.0,
                  155.0,
                  null,
                  "linear",
                  "y-axis represents the output token position index, ranging from 100 to 155"));
    }

    @Test
    void labelledAxesWithTicksEvery() {
      String prose = // val-2399
          "The vertical axis, labelled \"Model\", lists the methods from top to bottom: Penalized"
              + " DPLC, DPLC, DeepSurv, Random Survival Forest, Lasso-Cox and CoxPH. The horizontal"
              + " axis, labelled \"C-index (%)\", runs from 55 to 85 with ticks every 5 units. Each"
              + " box is drawn in a pale teal fill.";
      List<Axis> axes = reader.findInProse(prose);
      assertThat(axes).extracting(Axis::role).containsExactly(AxisRole.X, AxisRole.Y);
      assertThat(axes.get(0))
          .isEqualTo(
              axis(AxisRole.X, "C-index (%)", "%", 55.0, 85.0, 5.0, "linear", axes.get(0).raw()));
      assertThat(axes.get(1))
          .isEqualTo(axis(AxisRole.Y, "Model", null, null, null, null, null, axes.get(1).raw()));
    }

    @Test
    void twoAxesInOneSentence() {
      String prose = // val-2053
          "Neither axis has a title, because the coordinates are abstract embedding dimensions. The"
              + " horizontal axis runs from -0.6 to 0.6 with ticks every 0.2, and the vertical axis"
              + " from -0.4 to 0.6, also with ticks every 0.2.";
      List<Axis> axes = reader.findInProse(prose);
      assertThat(axes)
          .containsExactly(
              axis(
                  AxisRole.X,
                  null,
                  null,
                  -0.6,
                  0.6,
                  0.2,
                  "linear",
                  "horizontal axis runs from -0.6 to 0.6 with ticks every 0.2"),
              axis(
                  AxisRole.Y,
                  null,
                  null,
                  -0.4,
                  0.6,
                  0.2,
                  "linear",
                  "vertical axis from -0.4 to 0.6, also with ticks every 0.2"));
    }

    @Test
    void colourBarAndLowerBoundWithWatts() {
      String bar = // val-568
          "A colour bar on the right runs from 0.0 to 1.0 in steps of 0.2, mapping white to pale"
              + " yellow for small magnitudes and deep red for the largest ones.";
      assertThat(reader.findInProse(bar))
          .containsExactly(
              axis(
                  AxisRole.COLORBAR,
                  null,
                  null,
                  0.0,
                  1.0,
                  0.2,
                  "linear",
                  bar.substring(2, bar.length() - 1)));
      String y = // val-661
          "The vertical axis has tick labels spaced every 50 units, starting at 0, and although its"
              + " label is partly cut off it appears to show power in watts.";
      assertThat(reader.findInProse(y))
          .containsExactly(
              axis(
                  AxisRole.Y,
                  null,
                  "W",
                  0.0,
                  null,
                  50.0,
                  "linear",
                  y.substring(4, y.length() - 1)));
    }

    @Test
    void firstStatementPerRoleWinsAndDenialsClearTheLabel() {
      String prose = // val-590
          "The horizontal axis gives the loss as a fraction, with tick marks every 0.02 from 0.06 to"
              + " 0.18; there is no explicit axis title, and the vertical axis of the histogram"
              + " shows counts without a label. Later the horizontal axis runs from 1 to 2.";
      assertThat(reader.findInProse(prose))
          .extracting(Axis::role, Axis::label, Axis::min, Axis::max, Axis::step)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(AxisRole.X, null, 0.06, 0.18, 0.02));
    }

    @Test
    void logarithmicBeforeTheMention() {
      assertThat(reader.findInProse("It is drawn on a logarithmic vertical axis."))
          .extracting(Axis::role, Axis::scale)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(AxisRole.Y, "log"));
    }

    @Test
    void proseWithoutAxesGivesNothing() {
      assertThat(
              reader.findInProse(
                  "There is no legend or colour bar; the political axis is implied."))
          .isEmpty();
    }
  }

  @Nested
  class Roles {

    @Test
    void keysThatNameAnAxis() {
      assertThat(
              List.of(
                  "X-axis",
                  "X-Axis",
                  "x axis",
                  "X-axis (all panels)",
                  "X-axis (shared)",
                  "Horizontal axis",
                  "Horizontal axis (columns, top of the grid)",
                  "**X-axis:**"))
          .allSatisfy(k -> assertThat(AxisReader.roleOf(k)).as(k).isEqualTo(AxisRole.X));
      assertThat(
              List.of(
                  "Y-axis",
                  "Y-axis (left)",
                  "Left Y-axis",
                  "Y-axis, top row",
                  "Vertical axis (rows, left side)",
                  "Y-Axis:"))
          .allSatisfy(k -> assertThat(AxisReader.roleOf(k)).as(k).isEqualTo(AxisRole.Y));
      assertThat(
              List.of(
                  "Right Y-axis",
                  "Secondary Y-axis",
                  "Y2-axis",
                  "Y-axis (right)",
                  "Y-Axis (Right)",
                  "Y-Axis (Right)"))
          .allSatisfy(k -> assertThat(AxisReader.roleOf(k)).as(k).isEqualTo(AxisRole.Y2));
      assertThat(
              List.of(
                  "Color bar",
                  "Colorbar",
                  "Colour scale",
                  "Color scale",
                  "Z-axis",
                  "Legend/Color bar",
                  "Colormap",
                  "Colour bar (right)",
                  "Colour bar (right side)"))
          .allSatisfy(k -> assertThat(AxisReader.roleOf(k)).as(k).isEqualTo(AxisRole.COLORBAR));
    }

    @Test
    void keysThatNameNoAxis() {
      assertThat(
              List.of(
                  "Legend",
                  "Axis Labels and Markers",
                  "Legend and Color Scale",
                  "Axes",
                  "Components/Axes",
                  "Colour encoding",
                  "Rows (y-axis titles of the first column)",
                  "Gridlines",
                  "",
                  "Orange Blocks",
                  "Secondary X-axis"))
          .allSatisfy(k -> assertThat(AxisReader.roleOf(k)).as(k).isNull());
      assertThat(AxisReader.roleOf(null)).isNull();
    }
  }
}
