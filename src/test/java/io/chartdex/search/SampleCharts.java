package io.chartdex.search;

import io.chartdex.model.Axis;
import io.chartdex.model.AxisRole;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.ChartType;
import io.chartdex.model.Section;
import io.chartdex.model.Series;
import java.util.List;

/**
 * Parsed charts built by hand, so search tests pin the index and search side without depending on
 * the parser. Modelled on the two seed descriptions and a few corpus charts.
 */
public final class SampleCharts {
  private SampleCharts() {}

  public static final ChartRecord DECODING =
      chart(
          "decoding-steps",
          "Output Token Position Index vs. Decoding Steps",
          new ChartType("Heatmap", "heatmap"),
          List.of(
              axis(AxisRole.X, "Decoding Steps", 0.0, 250.0),
              axis(AxisRole.Y, "Output Token Position Index", 100.0, 155.0)),
          List.of(),
          List.of(),
          "The image is a heatmap visualizing the relationship between the output token position index and decoding steps. A blue line indicates a transition.",
          "The heatmap visualizes the token generation process during decoding.");

  public static final ChartRecord NLL =
      chart(
          "pro-ultra-nll",
          "Performance Comparison of Pro and Ultra Models",
          new ChartType("Line graph", "line"),
          List.of(
              axis(AxisRole.X, "Sequence position", 8.0, 32000.0),
              axis(AxisRole.Y, "NLL", 0.0, 1.0)),
          List.of(new Series("Pro", "green", null), new Series("Ultra", "blue", null)),
          List.of("Pro", "Ultra"),
          "The chart compares the negative log-likelihood of two models across sequence positions.",
          "The Ultra model has a slight edge over the Pro model at long sequence positions.");

  public static final ChartRecord LATENCY =
      chart(
          "batch-latency",
          "Token Latency by Batch Size",
          new ChartType("Line chart", "line"),
          List.of(
              axis(AxisRole.X, "Batch Size", 1.0, 64.0),
              axis(AxisRole.Y, "Latency (ms)", 0.0, 400.0)),
          List.of(new Series("GPT-2", null, "solid")),
          List.of("GPT-2"),
          "A line chart of serving cost as the batch grows.",
          "Throughput rises with batch size.");

  public static final ChartRecord ACCURACY =
      chart(
          "model-accuracy",
          "Accuracy of Models on Reasoning Benchmarks",
          new ChartType("Bar chart", "bar"),
          List.of(
              axis(AxisRole.X, "Model", null, null), axis(AxisRole.Y, "Accuracy (%)", 0.0, 100.0)),
          List.of(),
          List.of("GPT-2", "Llama"),
          "A bar chart of accuracy per model. Each bar is one model.",
          "Larger models score higher, though latency was not measured.");

  public static final ChartRecord SCRIPT =
      chart(
          "markup",
          "Rendering <script> Tags Safely",
          new ChartType("Scatter plot", "scatter"),
          List.of(axis(AxisRole.X, "Decoding Steps & Time", 0.0, 10.0)),
          List.of(),
          List.of(),
          "Points show when <script>alert(1)</script> ran.",
          "Nothing to see.");

  public static final List<ChartRecord> ALL = List.of(DECODING, NLL, LATENCY, ACCURACY, SCRIPT);

  public static Axis axis(AxisRole role, String label, Double min, Double max) {
    return new Axis(role, label, null, min, max, null, null, label);
  }

  public static ChartRecord chart(
      String id,
      String title,
      ChartType type,
      List<Axis> axes,
      List<Series> series,
      List<String> models,
      String overview,
      String interpretation) {
    return new ChartRecord(
        id,
        "tests",
        title,
        type,
        axes,
        series,
        models,
        List.of(),
        List.of(),
        List.of(
            new Section("overview", "Overview", overview),
            new Section("interpretation", "Interpretation", interpretation)),
        List.of());
  }
}
