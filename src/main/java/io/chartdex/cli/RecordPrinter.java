package io.chartdex.cli;

import io.chartdex.model.Axis;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Panel;
import io.chartdex.model.ParseWarning;
import io.chartdex.model.Series;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Prints a parsed record for people: one labelled line per thing the parser found. */
final class RecordPrinter {
  private final PrintWriter out;

  RecordPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(ChartRecord record) {
    out.println(record.id());
    String raw = record.chartType().raw();
    line("type", record.chartType().normalized() + (raw == null ? "" : " (" + raw + ")"));
    line("title", record.title());
    line("source", record.source());
    for (Axis axis : record.axes()) {
      line(axis.role().code(), AxisText.of(axis));
    }
    line("series", join(record.series().stream().map(RecordPrinter::series).toList()));
    line("models", join(record.models()));
    line("colors", join(record.colors()));
    for (Panel panel : record.panels()) {
      line("panel", panel(panel));
    }
    line("sections", join(record.sections().stream().map(s -> s.name()).toList()));
    for (ParseWarning warning : record.warnings()) {
      line("warning", warning.code() + ": " + warning.message());
    }
    out.println();
  }

  private void line(String name, String value) {
    if (value != null && !value.isEmpty()) {
      out.printf(java.util.Locale.ROOT, "  %-9s %s%n", name, value);
    }
  }

  private static String series(Series s) {
    String detail =
        java.util.stream.Stream.of(s.color(), s.style())
            .filter(v -> v != null && !v.isEmpty())
            .collect(Collectors.joining(", "));
    return detail.isEmpty() ? s.name() : s.name() + " (" + detail + ")";
  }

  private static String panel(Panel panel) {
    String name = panel.label() == null ? "" : "(" + panel.label() + ") ";
    String axes =
        panel.axes().stream()
            .map(a -> a.role().code() + ": " + AxisText.of(a))
            .collect(Collectors.joining("; "));
    return name
        + (panel.title() == null ? "" : panel.title())
        + (axes.isEmpty() ? "" : " — " + axes);
  }

  private static String join(List<String> values) {
    return String.join(", ", values);
  }
}
