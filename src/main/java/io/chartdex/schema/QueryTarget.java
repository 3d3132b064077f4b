package io.chartdex.schema;

import java.util.List;

/**
 * What an alias typed before a colon searches: its term fields (text, keyword, numeric) and, for
 * range syntax such as {@code x:[32000 TO *]}, at most one axis-range field. Immutable.
 *
 * @param fields fields searched by words and phrases
 * @param range the axis-range field searched by range syntax, or null
 */
public record QueryTarget(List<FieldDef> fields, FieldDef range) {
  public QueryTarget {
    fields = List.copyOf(fields);
  }

  QueryTarget with(FieldDef field) {
    if (field.kind() == FieldKind.AXIS_RANGE) {
      return new QueryTarget(fields, field);
    }
    List<FieldDef> more = new java.util.ArrayList<>(fields);
    more.add(field);
    return new QueryTarget(more, range);
  }
}
