package io.chartdex.index;

import io.chartdex.mapping.StoredRecord;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.FieldKind;
import io.chartdex.schema.IndexSchema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the documents on disk depend on in the schema (each field's name, kind, record path,
 * index-time analyzer, storage and normalisation, and the Lucene field of each facet; not labels,
 * boosts or aliases, which only change how queries read), as a short hash. {@link ChartIndex} keeps
 * it in every commit's user data and compares it when it opens an index, so a mapping change the
 * index cannot serve fails at start. Stateless; thread-safe.
 */
final class SchemaFingerprint {
  /** The key of the fingerprint in the commit user data. */
  static final String KEY = "chartdex.schema";

  private SchemaFingerprint() {}

  static String of(IndexSchema schema) {
    // The stored record's layout too: an index whose records keep their section texts is refused.
    String mapping =
        schema.fields().stream()
                .map(field -> mapping(schema, field))
                .sorted()
                .collect(Collectors.joining("\n"))
            + "\n"
            + StoredRecord.of(schema).layout();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(mapping.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The fingerprint an existing index was committed with, or null (new, or older than this). */
  static String stored(Iterable<Map.Entry<String, String>> commitData) {
    if (commitData == null) {
      return null;
    }
    for (Map.Entry<String, String> entry : commitData) {
      if (KEY.equals(entry.getKey())) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String mapping(IndexSchema schema, FieldDef field) {
    String line =
        String.join(
            "|",
            field.name(),
            field.kind().name(),
            String.valueOf(field.path()),
            String.valueOf(field.analyzer()),
            String.valueOf(field.stored()),
            String.valueOf(field.canonical()));
    // Where a dimension's values live: an index with all dimensions in one field must be rebuilt.
    return field.kind() == FieldKind.FACET
        ? line + "|" + schema.facetsConfig().getDimConfig(field.name()).indexFieldName
        : line;
  }
}
