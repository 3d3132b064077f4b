package io.chartdex.bench.corpus;

import io.chartdex.bench.corpus.ChartSpec.AxisSpec;
import io.chartdex.bench.corpus.ChartSpec.SeriesSpec;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a {@link ChartSpec} as markdown in one of the six styles of the described corpus: A ({@code
 * * **X-axis:**} bullets and the literal "Detailed Analysis or ### Content Details" heading), B
 * ({@code - **X-axis**:} bullets, legend as a sentence), C (the "Technical Document Extraction"
 * skeleton), D (nested axis bullets), E (plain prose, caption-like) and F (multi-panel grids).
 * Stateless; thread-safe.
 */
final class DescriptionWriter {
  private static final String[] TRENDS = {
    "rises steadily", "falls sharply at first and then flattens", "stays almost flat",
    "peaks in the middle of the range before declining", "oscillates around a stable mean",
    "grows roughly linearly", "saturates near the upper end of the axis", "drops below the baseline"
  };
  private static final String[] OBSERVATIONS = {
    "The gap between the best and worst method widens as the x value grows.",
    "Variance across runs is largest at the start and shrinks later.",
    "No series crosses another after the first third of the range.",
    "The proposed approach dominates on every setting shown.",
    "Differences are within the shaded confidence bands for small values.",
    "A clear knee appears where returns start to diminish.",
    "Outliers are visible near the edges of the plot.",
    "The ordering of the methods is preserved throughout."
  };

  String write(ChartSpec c, char style, Random r) {
    StringBuilder b = new StringBuilder(2600);
    switch (style) {
      case 'A' -> styleA(b, c, r);
      case 'B' -> styleB(b, c, r);
      case 'C' -> styleC(b, c, r);
      case 'D' -> styleD(b, c, r);
      case 'E' -> styleE(b, c, r);
      default -> styleF(b, c, r);
    }
    return b.toString();
  }

  private void styleA(StringBuilder b, ChartSpec c, Random r) {
    b.append("## ").append(c.type().header()).append(": ").append(c.title()).append("\n\n");
    overview(b, c, r);
    b.append("### Components/Axes\n");
    b.append("* **X-axis:** ").append(axisSentence(c.x())).append('\n');
    b.append("* **Y-axis:** ").append(axisSentence(c.y())).append('\n');
    if (!c.series().isEmpty()) {
      b.append("* **Legend (upper right):**\n");
      for (SeriesSpec s : c.series()) {
        b.append("    * ").append(s.name()).append(" – ").append(s.color()).append(' ').append(s.mark()).append('\n');
      }
    }
    b.append("\n### Detailed Analysis or ### Content Details\n");
    details(b, c, r, "* ");
    if (!c.series().isEmpty() && r.nextBoolean()) {
      table(b, c, r);
    }
    observations(b, r, "### Key Observations\n", "* ");
    interpretation(b, c, r);
  }

  private void styleB(StringBuilder b, ChartSpec c, Random r) {
    b.append("## ").append(c.type().header()).append(": ").append(c.title()).append("\n\n");
    overview(b, c, r);
    b.append("### Components/Axes\n");
    b.append("- **X-axis**: ").append(axisSentence(c.x())).append('\n');
    b.append("- **Y-axis**: ").append(axisSentence(c.y())).append('\n');
    if (!c.series().isEmpty()) {
      b.append("- **Legend**: ").append(legendSentence(c)).append('\n');
    }
    b.append("\n### Detailed Analysis\n");
    details(b, c, r, "- ");
    observations(b, r, "### Key Observations\n", "- ");
    interpretation(b, c, r);
  }

  private void styleC(StringBuilder b, ChartSpec c, Random r) {
    b.append("# Technical Document Extraction: ").append(c.title()).append("\n\n---\n\n");
    b.append("## Image Description\nThe image is a single-panel ").append(c.type().noun());
    b.append(" about ").append(c.dataset()).append(". ").append(trendSentence(r)).append("\n\n---\n\n");
    b.append("## Axis Labels and Markers\n\n");
    nestedAxis(b, "#### X-Axis\n", c.x(), "- ");
    nestedAxis(b, "#### Y-Axis\n", c.y(), "- ");
    b.append("---\n\n## Legend and Color Scale\n");
    int i = 0;
    for (SeriesSpec s : c.series()) {
      b.append("- ").append(cap(s.color())).append(' ').append(s.mark()).append(" (approx. `")
          .append(Vocabulary.HEX[i++ % 8]).append("`): `").append(s.name()).append("`\n");
    }
    b.append("\n---\n\n## Key Trends and Data Points\n");
    details(b, c, r, "- ");
    b.append("\n## Summary\n");
    if (!c.series().isEmpty()) {
      table(b, c, r);
    }
    b.append(summary(c, r)).append('\n');
  }

  private void styleD(StringBuilder b, ChartSpec c, Random r) {
    b.append("## ").append(c.type().header()).append(": ").append(c.title()).append("\n\n");
    overview(b, c, r);
    b.append("### Axes\n");
    nestedAxis(b, "* **X-Axis:**\n", c.x(), "    * ");
    nestedAxis(b, "* **Y-Axis:**\n", c.y(), "    * ");
    b.append("### Visual Elements\n");
    int i = 1;
    for (SeriesSpec s : c.series()) {
      b.append(i++).append(". ").append(cap(s.color())).append(' ').append(s.mark()).append(": `")
          .append(s.name()).append("`\n");
    }
    b.append("\n### Data Trends\n");
    details(b, c, r, "* ");
    b.append("### Summary\n").append(summary(c, r)).append('\n');
  }

  private void styleE(StringBuilder b, ChartSpec c, Random r) {
    b.append("This ").append(c.type().noun()).append(" shows ").append(lower(c.title())).append(". ");
    if (c.x().numeric()) {
      b.append("The x-axis represents ").append(lower(c.x().label())).append(", ranging from ")
          .append(c.x().from()).append(" to ").append(c.x().to()).append(". ");
    } else {
      b.append("The horizontal axis, labelled \"").append(c.x().label()).append("\", lists the categories. ");
    }
    b.append("The vertical axis, labelled \"").append(c.y().label()).append("\", runs from ")
        .append(c.y().from()).append(" to ").append(c.y().to()).append(".");
    if (!c.series().isEmpty()) {
      b.append(" ").append(legendSentence(c));
    }
    b.append("\n\n");
    for (SeriesSpec s : c.series()) {
      b.append("The ").append(s.name()).append(" series ").append(Vocabulary.pick(r, TRENDS))
          .append(", reaching about ").append(c.y().to()).append(" near the end. ");
    }
    b.append(Vocabulary.pick(r, OBSERVATIONS)).append("\n\n").append(summary(c, r)).append('\n');
  }

  private void styleF(StringBuilder b, ChartSpec c, Random r) {
    String header = c.type().header().endsWith("s") ? c.type().header() : c.type().header() + "s";
    b.append("## ").append(header).append(": ").append(c.title()).append("\n\n");
    b.append("### Overview\nThe figure is a grid of ").append(c.panels()).append(" ")
        .append(c.type().noun()).append("s arranged in a ").append(c.rows()).append('x')
        .append(c.cols()).append(" grid. ").append(trendSentence(r)).append("\n\n");
    b.append("### Panel Layout\n");
    for (int row = 0; row < c.rows(); row++) {
      b.append("* **Row ").append(row + 1).append(":** ");
      for (int col = 0; col < c.cols(); col++) {
        char letter = (char) ('a' + row * c.cols() + col);
        b.append(col == 0 ? "" : " | ").append('(').append(letter).append(") ")
            .append(Vocabulary.DATASETS[(row * c.cols() + col) % Vocabulary.DATASETS.length]);
      }
      b.append('\n');
    }
    b.append("\n### Components/Axes\n");
    b.append("* **X-axis (all panels):** ").append(c.x().label());
    if (c.x().numeric()) {
      b.append(", range (").append(c.x().from()).append('–').append(c.x().to()).append(')');
    }
    b.append(".\n* **Y-axis:** ").append(c.y().label()).append("; panels span ")
        .append(c.y().from()).append('–').append(c.y().to()).append(".\n");
    if (!c.series().isEmpty()) {
      b.append("* **Legend (shared, top of the figure):**\n");
      for (SeriesSpec s : c.series()) {
        b.append("    * ").append(s.name()).append(" – ").append(s.color()).append(" line\n");
      }
    }
    b.append("\n### Detailed Analysis\n");
    details(b, c, r, "* ");
    observations(b, r, "### Key Observations\n", "* ");
    interpretation(b, c, r);
  }

  private void overview(StringBuilder b, ChartSpec c, Random r) {
    b.append("### Overview\nThe ").append(c.type().noun()).append(" compares ")
        .append(lower(c.y().label())).append(" on ").append(c.dataset());
    if (!c.models().isEmpty()) {
      b.append(" for ").append(String.join(", ", c.models()));
    }
    b.append(". ").append(trendSentence(r)).append(' ').append(Vocabulary.pick(r, OBSERVATIONS))
        .append(" Results are averaged over ").append(2 + r.nextInt(9))
        .append(" random seeds; error bars or shaded bands show one standard deviation, and the"
            + " background carries light gray grid lines on both axes.\n\n");
  }

  private static String axisSentence(AxisSpec a) {
    if (!a.numeric()) {
      return a.label() + ", categorical.";
    }
    return a.label() + ", ranging from " + a.from() + " to " + a.to() + " in increments of "
        + a.stepText() + ".";
  }

  private static void nestedAxis(StringBuilder b, String head, AxisSpec a, String bullet) {
    b.append(head).append(bullet).append("**Label:** \"").append(a.label()).append("\"\n");
    if (a.numeric()) {
      b.append(bullet).append("**Scale:** ")
          .append(a.format() == ChartSpec.NumberFormat.POWER ? "Logarithmic" : "Linear")
          .append(", ranging from ").append(a.from()).append(" to ").append(a.to()).append('\n');
      b.append(bullet).append("**Major Tick Marks:** every ").append(a.stepText()).append('\n');
    } else {
      b.append(bullet).append("**Scale:** Categorical\n");
    }
    b.append('\n');
  }

  private static String legendSentence(ChartSpec c) {
    StringBuilder s = new StringBuilder();
    s.append(words(c.series().size())).append(" series representing ");
    for (int i = 0; i < c.series().size(); i++) {
      SeriesSpec e = c.series().get(i);
      s.append(i == 0 ? "" : i == c.series().size() - 1 ? " and " : ", ")
          .append(e.name()).append(" in ").append(e.color());
    }
    return s.append('.').toString();
  }

  private static void details(StringBuilder b, ChartSpec c, Random r, String bullet) {
    for (SeriesSpec s : c.series()) {
      double v = c.y().numeric() ? c.y().min() + r.nextDouble() * (c.y().max() - c.y().min()) : r.nextDouble();
      b.append(bullet).append("**").append(s.name()).append(" (").append(s.color()).append("):** ")
          .append(Vocabulary.pick(r, TRENDS)).append(", starting near ").append(c.y().from())
          .append(" and ending at approximately ")
          .append(String.format(Locale.ROOT, "%.2f", v)).append(". ")
          .append(pointSentence(c, s, r)).append('\n');
    }
    if (c.series().isEmpty()) {
      b.append(bullet).append("Values cluster between ").append(c.y().from()).append(" and ")
          .append(c.y().to()).append(", with the highest cells along the diagonal.\n");
    }
    b.append('\n');
  }

  /** A mid-range reading, the way descriptions quote approximate data points. */
  private static String pointSentence(ChartSpec c, SeriesSpec s, Random r) {
    String at =
        c.x().numeric()
            ? String.format(Locale.ROOT, "%.2f", c.x().min() + (c.x().max() - c.x().min()) * (0.3 + 0.4 * r.nextDouble()))
            : "the middle category";
    return "Around x ≈ " + at + " the " + s.color() + " " + s.mark() + " is close to "
        + String.format(Locale.ROOT, "%.3g", r.nextDouble() * 100) + ", with a spread of roughly ±"
        + String.format(Locale.ROOT, "%.2f", r.nextDouble() * 5) + " across "
        + (3 + r.nextInt(8)) + " runs.";
  }

  private static void table(StringBuilder b, ChartSpec c, Random r) {
    b.append("| ").append(c.x().label().isEmpty() ? "Setting" : c.x().label()).append(" |");
    c.series().forEach(s -> b.append(' ').append(s.name()).append(" |"));
    b.append("\n|---|");
    c.series().forEach(s -> b.append("---|"));
    b.append('\n');
    for (int row = 0; row < 4; row++) {
      b.append("| ").append(c.x().numeric()
          ? ChartSpec.write(c.x().min() + (c.x().max() - c.x().min()) * row / 3, c.x().format())
          : "Group " + (char) ('A' + row)).append(" |");
      c.series().forEach(s -> b.append(' ').append(String.format(Locale.ROOT, "%.2f", r.nextDouble() * 100)).append(" |"));
      b.append('\n');
    }
    b.append('\n');
  }

  private static void observations(StringBuilder b, Random r, String head, String bullet) {
    b.append(head);
    for (int i = 0; i < 2 + r.nextInt(2); i++) {
      b.append(bullet).append(Vocabulary.pick(r, OBSERVATIONS)).append('\n');
    }
    b.append('\n');
  }

  private static void interpretation(StringBuilder b, ChartSpec c, Random r) {
    b.append("### Interpretation\n").append(summary(c, r)).append('\n');
  }

  private static String summary(ChartSpec c, Random r) {
    String who = c.models().isEmpty() ? "the proposed method" : c.models().get(0);
    return "The figure suggests that " + who + " improves " + lower(c.y().label()) + " on "
        + c.dataset() + " as " + lower(c.x().label()) + " changes. " + trendSentence(r)
        + " " + Vocabulary.pick(r, OBSERVATIONS);
  }

  private static String trendSentence(Random r) {
    return "Overall the main curve " + Vocabulary.pick(r, TRENDS) + ".";
  }

  private static String words(int n) {
    return switch (n) {
      case 1 -> "One";
      case 2 -> "Two";
      case 3 -> "Three";
      case 4 -> "Four";
      default -> "Five";
    };
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
