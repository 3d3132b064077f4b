package io.chartdex.mapping;

/**
 * The fields every document has whatever the schema says: the id and the stored record. Names
 * starting with "_" and "id" are reserved, so fields.json cannot clash with them.
 */
public final class IndexFields {
  /** The document id: an indexed, stored keyword with sorted doc values for the id tie-break. */
  public static final String ID = "id";

  /** The parsed record as JSON, stored only. */
  public static final String RECORD = "_record";

  /** The original description text, stored only. */
  public static final String TEXT = "_text";

  /** The input's extra fields as a JSON object, stored only. */
  public static final String METADATA = "_metadata";

  private IndexFields() {}
}
