package io.chartdex.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.chartdex.model.ChartRecord;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import io.chartdex.schema.RecordPath;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * A parsed chart → the Lucene document for it, driven entirely by the {@link IndexSchema}: each
 * schema field reads its record path (through the record's accessors, no JSON tree) and becomes the
 * Lucene field its kind calls for. Keeps the record ({@link StoredRecord}) and the original text
 * stored so the index alone can answer {@code get}. Immutable and thread-safe.
 */
public final class DocumentMapper {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final ObjectWriter WRITER = TREE.writer();
  private static final FieldType TEXT_STORED = textType(true);
  private static final FieldType TEXT_UNSTORED = textType(false);

  private final IndexSchema schema;
  private final StoredRecord storedRecord;

  public DocumentMapper(IndexSchema schema) {
    this.schema = schema;
    this.storedRecord = StoredRecord.of(schema);
  }

  /**
   * The document for one chart.
   *
   * @param text the description as it was given
   * @param metadata the input's extra fields
   * @throws IllegalArgumentException when a value cannot be indexed (Lucene's limits)
   */
  public Document toDocument(ChartRecord record, String text, Map<String, String> metadata) {
    Document doc = new Document();
    // StringField finds the document to replace or delete; doc values give the id tie-break sort.
    doc.add(new StringField(IndexFields.ID, record.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(record.id())));
    doc.add(new StoredField(IndexFields.RECORD, storedRecord.json(record)));
    doc.add(new StoredField(IndexFields.TEXT, text));
    doc.add(new StoredField(IndexFields.METADATA, json(metadata)));
    for (FieldDef field : schema.fields()) {
      addField(doc, field, field.path().select(record));
    }
    try {
      return schema.facetsConfig().build(doc);
    } catch (java.io.IOException e) {
      // Only taxonomy facets do I/O here; sorted-set facets never do.
      throw new UncheckedIOException(e);
    }
  }

  private static void addField(Document doc, FieldDef field, List<Object> values) {
    Set<String> facetValues = new LinkedHashSet<>();
    for (Object value : values) {
      switch (field.kind()) {
        // Offsets in the postings let the unified highlighter work without re-analysing.
        case TEXT ->
            doc.add(
                new Field(
                    field.name(),
                    RecordPath.text(value),
                    field.stored() ? TEXT_STORED : TEXT_UNSTORED));
        case KEYWORD -> addKeyword(doc, field, field.canonical().apply(RecordPath.text(value)));
        case FACET -> facetValues.add(field.canonical().apply(RecordPath.text(value)));
        case NUMERIC -> addNumber(doc, field, value);
        case AXIS_RANGE -> addRange(doc, field, value);
      }
    }
    facetValues.stream()
        .filter(v -> !v.isEmpty())
        .forEach(v -> doc.add(new SortedSetDocValuesFacetField(field.name(), v)));
  }

  private static void addKeyword(Document doc, FieldDef field, String value) {
    if (!value.isEmpty()) {
      doc.add(
          new StringField(field.name(), value, field.stored() ? Field.Store.YES : Field.Store.NO));
    }
  }

  private static void addNumber(Document doc, FieldDef field, Object value) {
    if (value instanceof Number number) {
      doc.add(new DoublePoint(field.name(), number.doubleValue()));
      if (field.stored()) {
        doc.add(new StoredField(field.name(), number.doubleValue()));
      }
    }
  }

  /** An axis is indexed as [min, max]; an end the text leaves open is infinite. */
  private static void addRange(Document doc, FieldDef field, Object value) {
    RecordPath.Span span = RecordPath.span(value);
    if (span != null) {
      doc.add(new DoubleRange(field.name(), new double[] {span.low()}, new double[] {span.high()}));
    }
  }

  private static String json(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
