/**
 * Parsed record → Lucene document. {@link io.chartdex.mapping.DocumentMapper} has one method and no
 * per-field code: it walks the schema's fields, reads each record path and adds the Lucene fields
 * the field's kind calls for. {@link io.chartdex.mapping.IndexFields} names the fields every
 * document has (id, stored record, original text, metadata); {@link
 * io.chartdex.mapping.StoredRecord} owns the stored record's layout (its section texts live in the
 * stored {@code sections[].text} field, not twice).
 */
package io.chartdex.mapping;
