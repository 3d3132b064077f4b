package io.chartdex.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** Renders a run as Markdown: machine, ingest, search per class and clients, cold start, ratios. */
final class MarkdownTables {
  private static final double MB = 1e6;
  private final JsonNode all;
  private final List<Integer> docs;
  private final StringBuilder out = new StringBuilder();

  MarkdownTables(JsonNode all, List<Integer> docs) {
    this.all = all;
    this.docs = docs;
  }

  String render() {
    JsonNode m = all.path("machine");
    out.append("# chartdex benchmark, ").append(m.path("date").asText()).append("\n\n");
    out.append(String.format(Locale.ROOT,
        "Machine: %d cores, %s, Java %s; load average before the run %s, after %s.%n%n",
        m.path("cores").asInt(), m.path("cpu").asText(), m.path("java").asText(),
        m.path("load_before").asText(), m.path("load_after").asText()));
    out.append("Ratios are chartdex / peer: above 1 means chartdex ingests faster (docs/s) or"
        + " answers slower (latency). Latency in ms; `http` is chartdex over loopback HTTP;"
        + " `opensearch` is chartdex (same parser, queries and facets) through OpenSearchChartEngine"
        + " against a real OpenSearch cluster started on this machine for the run.\n\n");
    for (int n : docs) {
      size(n, all.path("sizes").path(Integer.toString(n)));
    }
    return out.toString();
  }

  private void size(int n, JsonNode size) {
    JsonNode peers = size.path("peers");
    JsonNode cd = peers.path("chartdex");
    out.append("## ").append(String.format(Locale.ROOT, "%,d", n)).append(" descriptions (")
        .append(Report.num(corpusBytes(peers) / MB)).append(" MB)\n\n");
    out.append("### Ingest (files on disk → committed index)\n\n");
    out.append("| peer | docs/s | MB/s | chartdex ÷ peer (docs/s) | index MB | peak RSS MB | peak heap MB |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    double cdRate = cd.path("ingest").path("docs_per_s").asDouble(Double.NaN);
    for (String p : Report.PEERS) {
      JsonNode in = peers.path(p).path("ingest");
      if (in.isMissingNode() || in.path("docs").asLong() == 0) {
        continue;
      }
      double rate = in.path("docs_per_s").asDouble();
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", p,
          Report.num(rate), Report.num(in.path("mb_per_s").asDouble()), Report.num(cdRate / rate),
          Report.num(in.path("index_bytes").asDouble() / MB),
          Report.num(in.path("peak_rss_bytes").asDouble() / MB),
          Report.num(in.path("peak_heap_bytes").asDouble() / MB)));
    }
    JsonNode parser = size.path("parser");
    if (!parser.isMissingNode()) {
      int cores = parser.path("cores").asInt();
      out.append(String.format(Locale.ROOT,
          "%nchartdex parser alone (text in memory → records): %s docs/s (%s MB/s) on 1 thread,"
              + " %s docs/s (%s MB/s) on %d threads.%n",
          Report.num(parser.path("threads_1").path("docs_per_s").asDouble()),
          Report.num(parser.path("threads_1").path("mb_per_s").asDouble()),
          Report.num(parser.path("threads_" + cores).path("docs_per_s").asDouble()),
          Report.num(parser.path("threads_" + cores).path("mb_per_s").asDouble()), cores));
    }
    search(peers);
    cold(peers);
    out.append(HopCost.markdown(size));
  }

  /** The corpus size as the first peer that ingested it measured it (chartdex may be absent). */
  private static double corpusBytes(JsonNode peers) {
    return Report.PEERS.stream()
        .mapToDouble(p -> peers.path(p).path("ingest").path("bytes").asDouble())
        .filter(b -> b > 0)
        .findFirst()
        .orElse(Double.NaN);
  }

  private void search(JsonNode peers) {
    out.append("\n### Search: p50 / p99 ms at 1 client, and chartdex p50 ÷ peer p50\n\n| class |");
    List<String> present = Report.PEERS.stream().filter(p -> !peers.path(p).path("search").isMissingNode()).toList();
    present.forEach(p -> out.append(' ').append(p).append(" |"));
    present.stream().filter(p -> !p.equals("chartdex")).forEach(p -> out.append(" ÷ ").append(p).append(" |"));
    out.append("\n|---|");
    present.forEach(p -> out.append("---:|"));
    present.stream().filter(p -> !p.equals("chartdex")).forEach(p -> out.append("---:|"));
    out.append('\n');
    for (String cls : Report.CLASSES) {
      out.append("| ").append(cls).append(" |");
      double cd = Report.run(peers.path("chartdex"), cls, 1).path("p50_ms").asDouble(Double.NaN);
      for (String p : present) {
        JsonNode r = Report.run(peers.path(p), cls, 1);
        out.append(' ').append(Report.num(r.path("p50_ms").asDouble(Double.NaN))).append(" / ")
            .append(Report.num(r.path("p99_ms").asDouble(Double.NaN))).append(" |");
      }
      for (String p : present) {
        if (!p.equals("chartdex")) {
          double other = Report.run(peers.path(p), cls, 1).path("p50_ms").asDouble(Double.NaN);
          out.append(' ').append(Report.num(cd / other)).append(" |");
        }
      }
      out.append('\n');
    }
    out.append("\n### Throughput, whole query mix: queries/s (p50 ms) at 1, 2 and 8 clients\n\n");
    out.append("| peer | 1 client | 2 clients | 8 clients |\n|---|---:|---:|---:|\n");
    for (String p : present) {
      out.append("| ").append(p).append(" |");
      for (int c : new int[] {1, 2, 8}) {
        JsonNode r = Report.run(peers.path(p), "all", c);
        out.append(' ').append(Report.num(r.path("qps").asDouble(Double.NaN))).append(" (")
            .append(Report.num(r.path("p50_ms").asDouble(Double.NaN))).append(") |");
      }
      out.append('\n');
    }
  }

  private void cold(JsonNode peers) {
    out.append("\n### Cold start: new JVM, open the index, answer the first query (ms)\n\n");
    out.append("| peer | process start → answer (wall) | JVM uptime at answer | first query |\n|---|---:|---:|---:|\n");
    for (String p : Report.PEERS) {
      JsonNode c = peers.path(p).path("cold");
      if (!c.isMissingNode()) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", p,
            Report.num(c.path("wall_ms").asDouble(Double.NaN)),
            Report.num(c.path("jvm_uptime_at_first_answer_ms").asDouble(Double.NaN)),
            Report.num(c.path("first_query_ms").asDouble(Double.NaN))));
      }
    }
    JsonNode cluster = peers.path("opensearch").path("cluster");
    if (!cluster.isMissingNode()) {
      out.append(String.format(Locale.ROOT,
          "%n`opensearch` cold start is a new chartdex JVM answering from the running cluster;"
              + " starting the %d-node cluster itself (launcher JVM → all nodes ready) took %s ms.%n",
          cluster.path("nodes").asInt(), Report.num(cluster.path("start_ms").asDouble(Double.NaN))));
    }
    out.append('\n');
  }
}
