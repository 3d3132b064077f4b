package io.chartdex.opensearch;

import java.util.Map;

/**
 * The OpenSearch index exists but was not made from this index-config: searching it would silently
 * give other results, so chartdex refuses to use it.
 */
public class MappingMismatchException extends OpenSearchException {
  private static final long serialVersionUID = 1L;

  public MappingMismatchException(String index, Map<String, String> differences) {
    super(
        409,
        "OpenSearch index '"
            + index
            + "' was not created from this index-config"
            + (differences.isEmpty()
                ? " (its analysis settings or chartdex fingerprint differ)"
                : "; fields that differ (expected vs found): " + differences)
            + ". Use another index name, or delete the index and index the corpus again.");
  }
}
