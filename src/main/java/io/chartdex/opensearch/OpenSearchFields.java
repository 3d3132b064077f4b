package io.chartdex.opensearch;

import io.chartdex.schema.FieldDef;
import io.chartdex.schema.FieldKind;

/**
 * Names of chartdex's fields inside an OpenSearch document. A text field and a facet may share a
 * name in fields.json ("model"), and a dot would make an object path ("axis" facet beside
 * "axis.written"), so each name is prefixed by its kind and dots become "__". Stateless.
 */
final class OpenSearchFields {
  /** The document id as a keyword: term lookups and the id tie-break sort. */
  static final String ID = "id";

  /** Record, original text and metadata, kept in _source only (an object with enabled=false). */
  static final String STORED = "stored";

  private OpenSearchFields() {}

  static String of(FieldDef field) {
    String prefix = field.kind() == FieldKind.FACET ? "f_" : "s_";
    return prefix + field.name().replace(".", "__");
  }
}
