package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chartdex.config.ConfigSource;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import io.chartdex.schema.SchemaException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The OpenSearch index body (settings with analysis, and a strict mapping) generated from the same
 * fields.json as the embedded index, plus its fingerprint, kept in the mapping's {@code _meta} so
 * that an index made from another configuration is recognised and refused. Immutable.
 *
 * <p>Analyzers translate component by component (standard/keyword/whitespace tokenizers; lowercase,
 * trim, porterStem, englishPossessive, asciiFolding and synonymGraph filters); any other component
 * is refused naming it, since silently analysing differently would change results.
 */
final class IndexMapping {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int POSITION_GAP = 100;
  private static final Map<String, String> TOKENIZERS =
      Map.of("standard", "standard", "keyword", "keyword", "whitespace", "whitespace");
  private static final Map<String, String> FILTERS =
      Map.of(
          "lowercase", "lowercase",
          "trim", "trim",
          "porterStem", "porter_stem",
          "asciiFolding", "asciifolding");

  private final ObjectNode body;
  private final String fingerprint;

  private IndexMapping(ObjectNode body, String fingerprint) {
    this.body = body;
    this.fingerprint = fingerprint;
  }

  /**
   * @throws SchemaException when an analyzer uses a component OpenSearch cannot reproduce
   */
  static IndexMapping from(IndexSchema schema, ConfigSource config, int shards, int replicas) {
    ObjectNode properties = properties(schema);
    ObjectNode analysis = analysis(config);
    String fingerprint = sha256(properties.toString() + analysis.toString());
    ObjectNode body = JSON.createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", shards).put("number_of_replicas", replicas);
    body.with("settings").set("analysis", analysis);
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    mappings.putObject("_meta").putObject("chartdex").put("fingerprint", fingerprint);
    mappings.set("properties", properties);
    return new IndexMapping(body, fingerprint);
  }

  /** The body of the create-index request. */
  ObjectNode body() {
    return body;
  }

  /** A digest of mapping and analysis; equal fingerprints mean the same schema. */
  String fingerprint() {
    return fingerprint;
  }

  /** Field name → type of this mapping, for a readable message when an index differs. */
  JsonNode properties() {
    return body.path("mappings").path("properties");
  }

  private static ObjectNode properties(IndexSchema schema) {
    ObjectNode properties = JSON.createObjectNode();
    properties.putObject(OpenSearchFields.ID).put("type", "keyword");
    properties.putObject(OpenSearchFields.STORED).put("type", "object").put("enabled", false);
    for (FieldDef field : schema.fields()) {
      properties.set(OpenSearchFields.of(field), property(field));
    }
    return properties;
  }

  private static ObjectNode property(FieldDef field) {
    ObjectNode p = JSON.createObjectNode();
    switch (field.kind()) {
      case TEXT -> {
        p.put("type", "text").put("analyzer", field.analyzer());
        p.put(
            "search_analyzer",
            field.searchAnalyzer() == null ? field.analyzer() : field.searchAnalyzer());
        // Offsets let the unified highlighter mark passages without re-analysing the text.
        p.put("index_options", "offsets").put("position_increment_gap", POSITION_GAP);
      }
      case KEYWORD, FACET -> p.put("type", "keyword");
      case NUMERIC -> p.put("type", "double");
      case AXIS_RANGE -> p.put("type", "double_range");
    }
    return p;
  }

  private static ObjectNode analysis(ConfigSource config) {
    JsonNode declared = config.readJson(IndexSchema.FILE).path("analyzers");
    ObjectNode analysis = JSON.createObjectNode();
    ObjectNode analyzers = analysis.putObject("analyzer");
    ObjectNode filters = analysis.putObject("filter");
    for (Map.Entry<String, JsonNode> entry : declared.properties()) {
      String where = "analyzers." + entry.getKey();
      ObjectNode analyzer = analyzers.putObject(entry.getKey()).put("type", "custom");
      analyzer.put("position_increment_gap", POSITION_GAP);
      String tokenizer = name(entry.getValue().path("tokenizer"));
      analyzer.put("tokenizer", translated(TOKENIZERS, tokenizer, where + ".tokenizer"));
      ArrayNode chain = analyzer.putArray("filter");
      JsonNode declaredFilters = entry.getValue().path("filters");
      for (int i = 0; i < declaredFilters.size(); i++) {
        String filterWhere = where + ".filters[" + i + "]";
        chain.add(filter(declaredFilters.get(i), filters, config, filterWhere));
      }
    }
    return analysis;
  }

  private static String filter(
      JsonNode component, ObjectNode filters, ConfigSource config, String where) {
    String name = name(component);
    if (name.equals("englishPossessive")) {
      filters
          .putObject("chartdex_possessive")
          .put("type", "stemmer")
          .put("language", "possessive_english");
      return "chartdex_possessive";
    }
    if (name.equals("synonymGraph")) {
      JsonNode params = component.path(name);
      String file = params.path("synonyms").asText();
      String id = "chartdex_synonyms_" + file.replaceAll("[^A-Za-z0-9]", "_");
      ObjectNode synonyms = filters.putObject(id).put("type", "synonym_graph");
      synonyms.put("expand", !"false".equals(params.path("expand").asText("true")));
      ArrayNode rules = synonyms.putArray("synonyms");
      rules(config, file).forEach(rules::add);
      return id;
    }
    return translated(FILTERS, name, where);
  }

  private static java.util.List<String> rules(ConfigSource config, String file) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(config.open(file), StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config.describe(file), e);
    }
  }

  private static String translated(Map<String, String> known, String name, String where) {
    String os = known.get(name);
    if (os == null) {
      throw new SchemaException(
          IndexSchema.FILE,
          where,
          "'"
              + name
              + "' has no OpenSearch equivalent here (known: "
              + known.keySet()
              + ", englishPossessive, synonymGraph)");
    }
    return os;
  }

  private static String name(JsonNode component) {
    return component.isTextual() ? component.asText() : component.fieldNames().next();
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
