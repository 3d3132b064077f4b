package io.chartdex.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.model.ChartRecord;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
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
 * schema field reads its record path and becomes the Lucene field its kind calls for. Keeps the
 * record and the original text stored so the index alone can answer {@code get}. Immutable and
 * thread-safe.
 */
public final class DocumentMapper {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FieldType TEXT_STORED = textType(true);
  private static final FieldType TEXT_UNSTORED = textType(false);

  private final IndexSchema schema;

  public DocumentMapper(IndexSchema schema) {
    this.schema = schema;
  }

  /**
   * The document for one chart.
   *
   * @param text the description as it was given
   * @param metadata the input's extra fields
   * @throws IllegalArgumentException when a value cannot be indexed (Lucene's limits)
   */
  public Document toDocument(ChartRecord record, String text, Map<String, String> metadata) {
    JsonNode tree = JSON.valueToTree(record);
    Document doc = new Document();
    // StringField finds the document to replace or delete; doc values give the id tie-break sort.
    doc.add(new StringField(IndexFields.ID, record.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(record.id())));
    doc.add(new StoredField(IndexFields.RECORD, json(tree)));
    doc.add(new StoredField(IndexFields.TEXT, text));
    doc.add(new StoredField(IndexFields.METADATA, json(JSON.valueToTree(metadata))));
    for (FieldDef field : schema.fields()) {
      addField(doc, field, field.path().select(tree));
    }
    try {
      return schema.facetsConfig().build(doc);
    } catch (java.io.IOException e) {
      // Only taxonomy facets do I/O here; sorted-set facets never do.
      throw new UncheckedIOException(e);
    }
  }

  private static void addField(Document doc, FieldDef field, Iterable<JsonNode> values) {
    Set<String> facetValues = new LinkedHashSet<>();
    for (JsonNode value : values) {
      switch (field.kind()) {
        // Offsets in the postings let the unified highlighter work without re-analysing.
        case TEXT ->
            doc.add(
                new Field(
                    field.name(), value.asText(), field.stored() ? TEXT_STORED : TEXT_UNSTORED));
        case KEYWORD -> addKeyword(doc, field, field.canonical().apply(value.asText()));
        case FACET -> facetValues.add(field.canonical().apply(value.asText()));
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

  private static void addNumber(Document doc, FieldDef field, JsonNode value) {
    if (value.isNumber()) {
      doc.add(new DoublePoint(field.name(), value.asDouble()));
      if (field.stored()) {
        doc.add(new StoredField(field.name(), value.asDouble()));
      }
    }
  }

  /** An axis is indexed as [min, max]; an end the text leaves open is infinite. */
  private static void addRange(Document doc, FieldDef field, JsonNode axis) {
    JsonNode min = axis.path("min");
    JsonNode max = axis.path("max");
    if (!min.isNumber() && !max.isNumber()) {
      return;
    }
    double lo = min.isNumber() ? min.asDouble() : Double.NEGATIVE_INFINITY;
    double hi = max.isNumber() ? max.asDouble() : Double.POSITIVE_INFINITY;
    // "ranging from 155 down to 100" states the same span.
    doc.add(
        new DoubleRange(
            field.name(), new double[] {Math.min(lo, hi)}, new double[] {Math.max(lo, hi)}));
  }

  private static String json(JsonNode tree) {
    try {
      return JSON.writeValueAsString(tree);
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
