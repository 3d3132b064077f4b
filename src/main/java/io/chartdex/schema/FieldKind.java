package io.chartdex.schema;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry of field kinds: what a field declared in fields.json becomes in Lucene. A new kind
 * is a new constant here plus its case in the document mapper and the query parser; a new field of
 * an existing kind is configuration only.
 */
public enum FieldKind {
  /** Analysed text with positions and offsets: full-text queries, phrases, highlighting. */
  TEXT("text", true),
  /** One exact token per value (after canonicalisation): term filters such as {@code source:}. */
  KEYWORD("keyword", true),
  /** A sorted-set doc-values facet dimension: counts and drill-down, never scored. */
  FACET("facet", true),
  /** A double point per value: numeric range queries. */
  NUMERIC("numeric", true),
  /** A one-dimensional double range per axis (min..max): intersects/within/contains queries. */
  AXIS_RANGE("axisRange", false);

  private final String jsonName;
  private final boolean readsScalar;

  FieldKind(String jsonName, boolean readsScalar) {
    this.jsonName = jsonName;
    this.readsScalar = readsScalar;
  }

  /** The name used in fields.json. */
  public String jsonName() {
    return jsonName;
  }

  /** Whether the record path must end at a scalar value (false: at an axis object). */
  boolean readsScalar() {
    return readsScalar;
  }

  static Optional<FieldKind> fromJson(String name) {
    return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
  }

  static String known() {
    return Arrays.stream(values()).map(FieldKind::jsonName).collect(Collectors.joining(", "));
  }
}
