package io.chartdex.model;

import java.util.Map;
import java.util.Objects;

/**
 * One chart description as a user holds it: the text plus where it came from.
 *
 * @param id stable id (given, else the path relative to the input root, else a content hash)
 * @param source where it came from (file, or the JSON record's source/paper/url field); may be null
 * @param text the description, markdown or plain prose
 * @param metadata extra string fields carried from the input (JSONL fields other than text)
 */
public record Description(String id, String source, String text, Map<String, String> metadata) {
  public Description {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  public Description(String id, String source, String text) {
    this(id, source, text, Map.of());
  }
}
