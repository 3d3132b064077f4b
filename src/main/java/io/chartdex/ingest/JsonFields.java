package io.chartdex.ingest;

import java.util.List;

/**
 * Which fields of a JSON record hold the description, its id and its source. Paths may be dotted to
 * reach nested objects ("context.url").
 *
 * @param text the field holding the description text
 * @param id the field holding the id; when absent the id is a hash of the text
 * @param source candidate fields for the source, first non-empty wins
 */
public record JsonFields(String text, String id, List<String> source) {
  public static final JsonFields DEFAULT =
      new JsonFields("text", "id", List.of("source", "paper", "url"));

  public JsonFields {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("the text field name must not be blank");
    }
    source = source == null ? List.of() : List.copyOf(source);
  }
}
