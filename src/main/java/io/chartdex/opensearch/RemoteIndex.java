package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes sure the OpenSearch index exists with the mapping this configuration generates: creates it
 * when missing, accepts it when its fingerprint matches, and otherwise refuses with a message that
 * names the fields that differ. Stateless.
 */
final class RemoteIndex {
  private RemoteIndex() {}

  /**
   * @throws MappingMismatchException when the index was made from another configuration
   */
  static void createOrValidate(
      OpenSearchConnection connection, String index, IndexMapping mapping) {
    OpenSearchConnection.Response existing =
        connection.send("GET", "/" + index + "/_mapping", null);
    if (existing.status() == 404) {
      OpenSearchConnection.Response created = connection.send("PUT", "/" + index, mapping.body());
      String type = created.body().path("error").path("type").asText();
      if (created.status() / 100 == 2) {
        connection.call(
            "GET", "/_cluster/health/" + index + "?wait_for_status=yellow&timeout=30s", null);
        return;
      }
      if (!type.equals("resource_already_exists_exception")) {
        throw OpenSearchConnection.failure("PUT", "/" + index, created);
      }
      existing = connection.send("GET", "/" + index + "/_mapping", null);
    }
    if (existing.status() / 100 != 2) {
      throw OpenSearchConnection.failure("GET", "/" + index + "/_mapping", existing);
    }
    JsonNode mappings = existing.body().elements().next().path("mappings");
    String found = mappings.path("_meta").path("chartdex").path("fingerprint").asText("");
    if (!found.equals(mapping.fingerprint())) {
      throw new MappingMismatchException(
          index, differences(mapping.properties(), mappings.path("properties")));
    }
  }

  /** Field → "expected vs found" (type, and analyzer for text) for every field that differs. */
  private static Map<String, String> differences(JsonNode expected, JsonNode found) {
    Map<String, String> diff = new TreeMap<>();
    expected
        .properties()
        .forEach(
            e -> {
              String want = describe(e.getValue());
              String have = found.has(e.getKey()) ? describe(found.path(e.getKey())) : "missing";
              if (!want.equals(have)) {
                diff.put(e.getKey(), want + " vs " + have);
              }
            });
    found
        .properties()
        .forEach(
            e -> {
              if (!expected.has(e.getKey())) {
                diff.put(e.getKey(), "not in index-config");
              }
            });
    return diff;
  }

  private static String describe(JsonNode property) {
    String type = property.path("type").asText("object");
    JsonNode analyzer = property.path("analyzer");
    return analyzer.isTextual() ? type + "/" + analyzer.asText() : type;
  }
}
