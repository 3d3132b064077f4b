package io.chartdex.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.model.Description;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns JSON records (one object a line in JSONL, or an array or object in .json) into
 * descriptions, as {@link JsonFields} says. A line that is not a usable record is reported with its
 * line number; the rest are read. Stateless and thread-safe.
 */
public final class JsonRecordReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonFields fields;

  public JsonRecordReader(JsonFields fields) {
    this.fields = fields;
  }

  /** Reads JSONL: one record a line; blank lines are skipped. */
  public void readLines(String location, Reader in, DescriptionSource.Sink sink)
      throws IOException {
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (!line.isBlank()) {
        readOne(location + ":" + number, line, sink);
      }
    }
  }

  /** Reads a .json document: an array of records, or a single record. */
  public void readDocument(String location, String json, DescriptionSource.Sink sink) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      sink.failed(location, "invalid JSON: " + e.getOriginalMessage());
      return;
    }
    if (root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        toDescription(location + "[" + i + "]", root.get(i), sink);
      }
    } else {
      toDescription(location, root, sink);
    }
  }

  /** Reads a single JSON record (an API request body, say). */
  public void readOne(String location, String json, DescriptionSource.Sink sink) {
    try {
      toDescription(location, JSON.readTree(new StringReader(json)), sink);
    } catch (JsonProcessingException e) {
      sink.failed(location, "invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      sink.failed(location, "cannot be read: " + e.getMessage());
    }
  }

  private void toDescription(String location, JsonNode node, DescriptionSource.Sink sink) {
    if (node == null || !node.isObject()) {
      sink.failed(location, "expected a JSON object with a \"" + fields.text() + "\" field");
      return;
    }
    JsonNode text = at(node, fields.text());
    if (text == null || !text.isTextual()) {
      sink.failed(location, "no text: field \"" + fields.text() + "\" is missing or not a string");
      return;
    }
    JsonNode id = fields.id() == null ? null : at(node, fields.id());
    String idText = id != null && id.isValueNode() && !id.asText().isBlank() ? id.asText() : null;
    sink.accept(
        new Description(
            idText != null ? idText : TextFiles.contentId(text.asText()),
            source(node),
            text.asText(),
            metadata(node)));
  }

  private String source(JsonNode node) {
    for (String path : fields.source()) {
      JsonNode value = at(node, path);
      if (value != null && value.isValueNode() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  /** Top-level scalar fields other than the text, as strings: kept with the chart. */
  private Map<String, String> metadata(JsonNode node) {
    Map<String, String> metadata = new LinkedHashMap<>();
    node.properties()
        .forEach(
            e -> {
              if (!e.getKey().equals(fields.text()) && e.getValue().isValueNode()) {
                metadata.put(e.getKey(), e.getValue().asText());
              }
            });
    return metadata;
  }

  private static JsonNode at(JsonNode node, String dottedPath) {
    JsonNode current = node;
    for (String part : dottedPath.split("\\.", -1)) {
      if (current == null || !current.isObject()) {
        return null;
      }
      current = current.get(part);
    }
    return current == null || current.isNull() ? null : current;
  }
}
