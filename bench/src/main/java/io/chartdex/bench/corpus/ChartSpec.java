package io.chartdex.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The content of one synthetic chart before it is written in a style: type, title, axes with
 * numeric ranges and the number format they are written in, legend, models and panels. Immutable.
 */
record ChartSpec(
    Vocabulary.TypeEntry type,
    String title,
    AxisSpec x,
    AxisSpec y,
    List<SeriesSpec> series,
    List<String> models,
    String dataset,
    int rows,
    int cols) {

  /** How numbers on an axis are written. */
  enum NumberFormat {
    PLAIN,
    DECIMAL,
    PERCENT,
    SUFFIX,
    SCIENTIFIC,
    POWER,
    SUPERSCRIPT,
    NEGATIVE,
    YEAR
  }

  /** One axis: label, numeric range (NaN for a category axis), step and number format. */
  record AxisSpec(String label, double min, double max, double step, NumberFormat format) {
    boolean numeric() {
      return !Double.isNaN(min);
    }

    String from() {
      return write(min, format);
    }

    String to() {
      return write(max, format);
    }

    String stepText() {
      return write(step, format == NumberFormat.POWER || format == NumberFormat.SUPERSCRIPT
          ? NumberFormat.PLAIN : format);
    }
  }

  /** One legend entry. */
  record SeriesSpec(String name, String color, String hex, String mark) {}

  int panels() {
    return rows * cols;
  }

  static ChartSpec random(Random r, Vocabulary v, boolean multiPanel) {
    Vocabulary.TypeEntry type = Vocabulary.type(r);
    List<String> models = new ArrayList<>();
    int modelCount = r.nextInt(10) < 6 ? 1 + r.nextInt(3) : 0;
    for (int i = 0; i < modelCount; i++) {
      String m = v.model(r);
      if (!models.contains(m)) {
        models.add(m);
      }
    }
    List<SeriesSpec> series = new ArrayList<>();
    int seriesCount = type.canonical().equals("heatmap") ? 0 : 1 + r.nextInt(5);
    String[] marks = {"solid line", "dashed line", "circle markers", "square markers", "bars"};
    for (int i = 0; i < seriesCount; i++) {
      String name =
          i < models.size() ? models.get(i) : Vocabulary.pick(r, Vocabulary.GENERIC_SERIES);
      String color = Vocabulary.COLORS[(i + r.nextInt(3)) % Vocabulary.COLORS.length];
      if (series.stream().noneMatch(s -> s.name().equals(name))) {
        series.add(new SeriesSpec(name, color, Vocabulary.HEX[i % 8], Vocabulary.pick(r, marks)));
      }
    }
    AxisSpec x = axis(r, v, type.canonical().equals("bar") && r.nextBoolean());
    AxisSpec y = axis(r, v, false);
    String dataset = Vocabulary.pick(r, Vocabulary.DATASETS);
    String subject = models.isEmpty() ? dataset : models.get(0) + " on " + dataset;
    String title =
        switch (r.nextInt(4)) {
          case 0 -> y.label() + " vs. " + (x.label().isEmpty() ? "Condition" : x.label()) + " for " + subject;
          case 1 -> "Comparison of " + y.label() + " across Methods";
          case 2 -> y.label() + " of " + subject;
          default -> "Effect of " + (x.label().isEmpty() ? "Setting" : x.label()) + " on " + y.label();
        };
    int rows = multiPanel ? 1 + r.nextInt(3) : 1;
    int cols = multiPanel ? 2 + r.nextInt(3) : 1;
    return new ChartSpec(type, title, x, y, List.copyOf(series), List.copyOf(models), dataset, rows, cols);
  }

  private static AxisSpec axis(Random r, Vocabulary v, boolean category) {
    String label = v.axisLabel(r);
    if (category) {
      return new AxisSpec(label, Double.NaN, Double.NaN, Double.NaN, NumberFormat.PLAIN);
    }
    NumberFormat f = NumberFormat.values()[r.nextInt(NumberFormat.values().length)];
    return switch (f) {
      case PLAIN -> span(label, 0, (1 + r.nextInt(20)) * 10, f, 5);
      case DECIMAL -> span(label, 0, (1 + r.nextInt(10)) / 10.0, f, 5);
      case PERCENT -> span(label, r.nextInt(5) * 10, 60 + r.nextInt(5) * 10, f, 4);
      case SUFFIX -> span(label, 0, (1 + r.nextInt(64)) * 1000.0 * (r.nextBoolean() ? 1 : 1000), f, 4);
      case SCIENTIFIC -> span(label, 0, (1 + r.nextInt(9)) * Math.pow(10, 3 + r.nextInt(9)), f, 4);
      case POWER, SUPERSCRIPT -> {
        int lo = -4 - r.nextInt(4) + (f == NumberFormat.SUPERSCRIPT ? 20 : 0);
        yield new AxisSpec(label, Math.pow(10, lo), Math.pow(10, lo + 3 + r.nextInt(3)), 10, f);
      }
      case NEGATIVE -> span(label, -10 - r.nextInt(40), -r.nextInt(10), f, 4);
      case YEAR -> span(label, 1990 + r.nextInt(25), 2015 + r.nextInt(11), f, 5);
    };
  }

  private static AxisSpec span(String label, double min, double max, NumberFormat f, int ticks) {
    return new AxisSpec(label, min, max, (max - min) / ticks, f);
  }

  static String write(double value, NumberFormat f) {
    return switch (f) {
      case PLAIN, NEGATIVE, YEAR -> trim(value);
      case DECIMAL -> String.format(Locale.ROOT, "%.2f", value);
      case PERCENT -> trim(value) + "%";
      case SUFFIX ->
          value >= 1e6 ? trim(value / 1e6) + "M" : value >= 1e3 ? trim(value / 1e3) + "K" : trim(value);
      case SCIENTIFIC -> value == 0 ? "0" : String.format(Locale.ROOT, "%.1e", value).replace("e+0", "e").replace("e+", "e");
      case POWER -> "10^" + Math.round(Math.log10(value));
      case SUPERSCRIPT -> "10<sup>" + Math.round(Math.log10(value)) + "</sup>";
    };
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
