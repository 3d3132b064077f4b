package io.chartdex.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gathers one run's per-peer JSON files ({@code <work>/<docs>/<peer>.json}, {@code parser.json},
 * {@code cold-<peer>.json}, {@code opensearch-cluster.json}, {@code machine.json}) into {@code <results>/<name>.json}, a Markdown
 * table ({@code <name>.md}) and the scaling plot ({@code <name>.svg}). Usage: {@code Report <work>
 * <resultsDir> <name> <docs>...}.
 */
public final class Report {
  static final List<String> PEERS = List.of("chartdex", "http", "opensearch", "lucene", "solr", "sqlite");
  static final List<String> CLASSES =
      List.of("axis_phrase", "facet_filter", "axis_range", "free_text", "mixed", "all");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Report() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    Path results = Path.of(args[1]);
    String name = args[2];
    ObjectNode all = JSON.createObjectNode();
    ObjectNode sizes = all.putObject("sizes");
    List<Integer> docs = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      docs.add(Integer.valueOf(args[i]));
      sizes.set(args[i], gather(work.resolve(args[i])));
    }
    all.set("machine", sizes.get(args[args.length - 1]).path("machine"));
    Files.createDirectories(results);
    JSON.writerWithDefaultPrettyPrinter()
        .writeValue(results.resolve(name + ".json").toFile(), all);
    Files.writeString(
        results.resolve(name + ".md"), new MarkdownTables(all, docs).render(), StandardCharsets.UTF_8);
    Files.writeString(
        results.resolve(name + ".svg"), new ScalingPlot(all, docs).render(), StandardCharsets.UTF_8);
    System.out.println("wrote " + results.resolve(name + ".{json,md,svg}"));
  }

  private static ObjectNode gather(Path dir) throws Exception {
    ObjectNode size = JSON.createObjectNode();
    size.set("machine", read(dir.resolve("machine.json")));
    size.set("parser", read(dir.resolve("parser.json")));
    ObjectNode peers = size.putObject("peers");
    for (String peer : PEERS) {
      JsonNode result = read(dir.resolve(peer + ".json"));
      if (!result.isMissingNode()) {
        ObjectNode node = (ObjectNode) result;
        node.set("cold", read(dir.resolve("cold-" + peer + ".json")));
        peers.set(peer, node);
      }
    }
    JsonNode cluster = read(dir.resolve("opensearch-cluster.json"));
    if (peers.has("opensearch") && !cluster.isMissingNode()) {
      ((ObjectNode) peers.get("opensearch")).set("cluster", cluster);
    }
    if (peers.has("chartdex") && peers.has("opensearch")) {
      size.set("hop", HopCost.ratios(peers.get("chartdex"), peers.get("opensearch")));
    }
    return size;
  }

  static JsonNode read(Path file) throws Exception {
    return Files.exists(file)
        ? JSON.readTree(file.toFile())
        : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  /** Finds the run with this client count for a class, or a missing node. */
  static JsonNode run(JsonNode peer, String cls, int clients) {
    for (JsonNode r : peer.path("search").path(cls)) {
      if (r.path("clients").asInt() == clients) {
        return r;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
