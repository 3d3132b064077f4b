package io.chartdex.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Draws the scaling curves as SVG, by hand: three panels (ingest docs/s, search p50 and search p99
 * for the whole query mix at one client) against corpus size, one line per peer. Sizes are spaced
 * evenly (10K, 20K, 100K ...), so a single size still draws.
 */
final class ScalingPlot {
  private static final String[] COLORS = {"#d62728", "#ff7f0e", "#8c564b", "#1f77b4", "#2ca02c", "#9467bd"};
  private static final int W = 320;
  private static final int H = 240;
  private static final int PAD = 48;
  private final JsonNode all;
  private final List<Integer> docs;
  private final StringBuilder svg = new StringBuilder();

  ScalingPlot(JsonNode all, List<Integer> docs) {
    this.all = all;
    this.docs = docs;
  }

  String render() {
    int width = 3 * W + 140;
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n",
        width, H + 40));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    panel(0, "Ingest, docs/s (higher is better)", p -> p.path("ingest").path("docs_per_s").asDouble(Double.NaN));
    panel(1, "Search p50 ms, mix, 1 client", p -> Report.run(p, "all", 1).path("p50_ms").asDouble(Double.NaN));
    panel(2, "Search p99 ms, mix, 1 client", p -> Report.run(p, "all", 1).path("p99_ms").asDouble(Double.NaN));
    for (int i = 0; i < Report.PEERS.size(); i++) {
      int y = 30 + i * 16;
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
          3 * W + 10, y, COLORS[i], 3 * W + 28, y + 5, Report.PEERS.get(i)));
    }
    return svg.append("</svg>\n").toString();
  }

  private void panel(int index, String title, ToDoubleFunction<JsonNode> metric) {
    int x0 = index * W + PAD;
    int y0 = H - 10;
    int plotW = W - PAD - 16;
    int plotH = H - 50;
    double max = 0;
    for (int n : docs) {
      for (String p : Report.PEERS) {
        double v = metric.applyAsDouble(peer(n, p));
        max = Double.isNaN(v) ? max : Math.max(max, v);
      }
    }
    max = max <= 0 ? 1 : max * 1.1;
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"20\" font-weight=\"bold\">%s</text>%n", x0, title));
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
        x0, y0, x0 + plotW, y0, x0, y0, x0, y0 - plotH));
    for (int t = 0; t <= 4; t++) {
      double v = max * t / 4;
      int y = y0 - (int) (plotH * t / 4.0);
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>%n",
          x0 - 4, y + 4, Report.num(v), x0, y, x0 + plotW, y));
    }
    for (int i = 0; i < docs.size(); i++) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          xAt(x0, plotW, i), y0 + 14, label(docs.get(i))));
    }
    for (int p = 0; p < Report.PEERS.size(); p++) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < docs.size(); i++) {
        double v = metric.applyAsDouble(peer(docs.get(i), Report.PEERS.get(p)));
        if (!Double.isNaN(v)) {
          int x = xAt(x0, plotW, i);
          int y = y0 - (int) (plotH * v / max);
          points.append(x).append(',').append(y).append(' ');
          svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"%s\"/>%n", x, y, COLORS[p]));
        }
      }
      svg.append(String.format(Locale.ROOT,
          "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", points.toString().strip(), COLORS[p]));
    }
  }

  private JsonNode peer(int n, String p) {
    return all.path("sizes").path(Integer.toString(n)).path("peers").path(p);
  }

  private int xAt(int x0, int plotW, int i) {
    return docs.size() == 1 ? x0 + plotW / 2 : x0 + 20 + (plotW - 40) * i / (docs.size() - 1);
  }

  private static String label(int n) {
    return n >= 1_000_000 ? n / 1_000_000 + "M" : n >= 1000 ? n / 1000 + "K" : Integer.toString(n);
  }
}
