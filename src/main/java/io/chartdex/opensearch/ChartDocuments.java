package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chartdex.model.ChartRecord;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import io.chartdex.schema.RecordPath;
import io.chartdex.search.StoredChart;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A parsed chart ↔ its OpenSearch document. Every schema field reads its record path as in the
 * embedded index (same canonical facet values, axis spans as double ranges, an open end left
 * unbounded); the record, text and metadata ride along in a non-indexed object so that {@code get}
 * and hits need nothing else. Immutable and thread-safe.
 */
final class ChartDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IndexSchema schema;

  ChartDocuments(IndexSchema schema) {
    this.schema = schema;
  }

  ObjectNode toSource(ChartRecord record, String text, Map<String, String> metadata) {
    JsonNode tree = JSON.valueToTree(record);
    ObjectNode doc = JSON.createObjectNode();
    doc.put(OpenSearchFields.ID, record.id());
    ObjectNode stored = doc.putObject(OpenSearchFields.STORED);
    stored.set("record", tree);
    stored.put("text", text);
    stored.set("metadata", JSON.valueToTree(metadata));
    for (FieldDef field : schema.fields()) {
      ArrayNode values = JSON.createArrayNode();
      Set<String> distinct = new LinkedHashSet<>();
      for (Object value : field.path().select(record)) {
        switch (field.kind()) {
          case TEXT -> values.add(RecordPath.text(value));
          case KEYWORD, FACET -> distinct.add(field.canonical().apply(RecordPath.text(value)));
          case NUMERIC -> {
            if (value instanceof Number number) {
              values.add(number.doubleValue());
            }
          }
          case AXIS_RANGE -> {
            RecordPath.Span span = RecordPath.span(value);
            if (span != null) {
              values.add(range(span));
            }
          }
        }
      }
      distinct.stream().filter(v -> !v.isEmpty()).forEach(values::add);
      if (!values.isEmpty()) {
        doc.set(OpenSearchFields.of(field), values);
      }
    }
    return doc;
  }

  /** A span as a double_range value; an open (infinite) end stays unbounded. */
  private static ObjectNode range(RecordPath.Span span) {
    ObjectNode range = JSON.createObjectNode();
    if (!Double.isInfinite(span.low())) {
      range.put("gte", span.low());
    }
    if (!Double.isInfinite(span.high())) {
      range.put("lte", span.high());
    }
    return range;
  }

  static ChartRecord record(JsonNode source) {
    return read(source.path(OpenSearchFields.STORED).path("record"), ChartRecord.class);
  }

  static StoredChart chart(JsonNode source) {
    JsonNode stored = source.path(OpenSearchFields.STORED);
    Map<String, String> metadata =
        JSON.convertValue(
            stored.path("metadata"),
            new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
    return new StoredChart(
        record(source), stored.path("text").asText(), metadata == null ? Map.of() : metadata);
  }

  private static <T> T read(JsonNode node, Class<T> type) {
    try {
      return JSON.treeToValue(node, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException("stored record is not readable", e);
    }
  }
}
