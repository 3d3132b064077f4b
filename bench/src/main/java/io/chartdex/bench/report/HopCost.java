package io.chartdex.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * What the hop to OpenSearch costs: the same chartdex workload embedded and through {@code
 * OpenSearchChartEngine}, as ratios embedded ÷ OpenSearch (ingest docs/s, p50, p99 and q/s per
 * query class and client count) for the JSON report, and as a Markdown section with a sentence
 * that says it in words. Stateless.
 */
final class HopCost {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int[] CLIENTS = {1, 2, 8};

  private HopCost() {}

  /** The ratios embedded ÷ OpenSearch, from the two peers' results of one run. */
  static ObjectNode ratios(JsonNode embedded, JsonNode remote) {
    ObjectNode hop = JSON.createObjectNode();
    hop.put("ratio", "chartdex embedded / chartdex over OpenSearch");
    hop.put("ingest_docs_per_s", ratio(embedded, remote, p -> p.path("ingest").path("docs_per_s")));
    ObjectNode search = hop.putObject("search");
    for (String cls : Report.CLASSES) {
      ArrayNode runs = search.putArray(cls);
      for (JsonNode r : embedded.path("search").path(cls)) {
        int c = r.path("clients").asInt();
        JsonNode o = Report.run(remote, cls, c);
        ObjectNode run = runs.addObject().put("clients", c);
        for (String metric : new String[] {"p50_ms", "p99_ms", "qps"}) {
          run.put(metric, r.path(metric).asDouble(Double.NaN) / o.path(metric).asDouble(Double.NaN));
        }
      }
    }
    return hop;
  }

  private static double ratio(
      JsonNode a, JsonNode b, java.util.function.Function<JsonNode, JsonNode> metric) {
    return metric.apply(a).asDouble(Double.NaN) / metric.apply(b).asDouble(Double.NaN);
  }

  /** The Markdown section for one corpus size, or nothing when either peer is absent. */
  static String markdown(JsonNode size) {
    JsonNode hop = size.path("hop");
    if (hop.isMissingNode()) {
      return "";
    }
    JsonNode cd = size.path("peers").path("chartdex");
    JsonNode os = size.path("peers").path("opensearch");
    StringBuilder out = new StringBuilder();
    out.append("\n### The cost of the hop: chartdex embedded ÷ chartdex over OpenSearch\n\n");
    out.append(sentence(cd, os, hop)).append("\n\n");
    out.append("| class | p50 ÷ (1 client) | p99 ÷ (1 client) | q/s ÷ 1 client | q/s ÷ 2 clients"
        + " | q/s ÷ 8 clients |\n|---|---:|---:|---:|---:|---:|\n");
    for (String cls : Report.CLASSES) {
      JsonNode one = clients(hop, cls, 1);
      out.append(String.format(Locale.ROOT, "| %s | %s | %s |", cls,
          Report.num(one.path("p50_ms").asDouble(Double.NaN)),
          Report.num(one.path("p99_ms").asDouble(Double.NaN))));
      for (int c : CLIENTS) {
        out.append(' ').append(Report.num(clients(hop, cls, c).path("qps").asDouble(Double.NaN)))
            .append(" |");
      }
      out.append('\n');
    }
    out.append(String.format(Locale.ROOT, "%nIngest docs/s ÷: %s. Below 1 for latency, above 1 for"
            + " docs/s and q/s means the embedded engine is faster.%n",
        Report.num(hop.path("ingest_docs_per_s").asDouble(Double.NaN))));
    return out.toString();
  }

  /** The hop in words: ingest, one query at one client, the mix at the most clients, memory. */
  private static String sentence(JsonNode cd, JsonNode os, JsonNode hop) {
    JsonNode cluster = os.path("cluster");
    double cdIngest = cd.path("ingest").path("docs_per_s").asDouble(Double.NaN);
    double osIngest = os.path("ingest").path("docs_per_s").asDouble(Double.NaN);
    JsonNode cd1 = Report.run(cd, "all", 1);
    JsonNode os1 = Report.run(os, "all", 1);
    JsonNode cd8 = Report.run(cd, "all", 8);
    JsonNode os8 = Report.run(os, "all", 8);
    double p50 = cd1.path("p50_ms").asDouble(Double.NaN);
    double osP50 = os1.path("p50_ms").asDouble(Double.NaN);
    return String.format(Locale.ROOT,
        "Over a %d-node OpenSearch cluster on the same machine, chartdex ingests %s docs/s against"
            + " %s embedded (%s× %s; parsing stays in chartdex, the bulk requests cross loopback HTTP"
            + " and the cluster indexes in its own JVM); one query of the whole mix at one client"
            + " takes %s ms at the median instead of %s ms (%s ms %s per query, p99 %s against %s"
            + " ms; query class by class the median is %s to %s× the embedded one), and 8 clients"
            + " get %s q/s instead of %s. The cluster JVM peaked at %s MB RSS"
            + " (started in %s s) on top of the client's %s MB; the embedded peer peaked at %s MB.",
        cluster.path("nodes").asInt(1), Report.num(osIngest), Report.num(cdIngest),
        Report.num(Math.max(cdIngest / osIngest, osIngest / cdIngest)),
        cdIngest >= osIngest ? "slower" : "faster", Report.num(osP50), Report.num(p50),
        Report.num(Math.abs(osP50 - p50)), osP50 >= p50 ? "more" : "less",
        Report.num(os1.path("p99_ms").asDouble(Double.NaN)),
        Report.num(cd1.path("p99_ms").asDouble(Double.NaN)),
        Report.num(1 / classRatios(hop).max().orElse(Double.NaN)),
        Report.num(1 / classRatios(hop).min().orElse(Double.NaN)),
        Report.num(os8.path("qps").asDouble(Double.NaN)),
        Report.num(cd8.path("qps").asDouble(Double.NaN)),
        Report.num(cluster.path("peak_rss_bytes").asDouble(Double.NaN) / 1e6),
        Report.num(cluster.path("start_ms").asDouble(Double.NaN) / 1e3),
        Report.num(os.path("peak_rss_bytes").asDouble(Double.NaN) / 1e6),
        Report.num(cd.path("peak_rss_bytes").asDouble(Double.NaN) / 1e6));
  }

  /** Embedded p50 ÷ OpenSearch p50 at one client for each query class (the mix left out). */
  private static java.util.stream.DoubleStream classRatios(JsonNode hop) {
    return Report.CLASSES.stream()
        .filter(cls -> !cls.equals("all"))
        .mapToDouble(cls -> clients(hop, cls, 1).path("p50_ms").asDouble(Double.NaN))
        .filter(r -> !Double.isNaN(r));
  }

  private static JsonNode clients(JsonNode hop, String cls, int c) {
    for (JsonNode r : hop.path("search").path(cls)) {
      if (r.path("clients").asInt() == c) {
        return r;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }
}
