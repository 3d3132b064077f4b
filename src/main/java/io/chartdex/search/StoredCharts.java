package io.chartdex.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.mapping.IndexFields;
import io.chartdex.mapping.StoredRecord;
import io.chartdex.model.ChartRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/** Reads charts back from their stored fields. Stateless and thread-safe. */
final class StoredCharts {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

  private StoredCharts() {}

  static Document document(IndexSearcher searcher, int docId) throws IOException {
    return searcher.storedFields().document(docId);
  }

  /**
   * The records of these documents, in order. Reads the stored record field only, and stops there:
   * the original text and the highlighted fields stored after it are not decoded.
   */
  static List<ChartRecord> records(IndexSearcher searcher, StoredRecord layout, int[] docIds)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    List<ChartRecord> records = new ArrayList<>(docIds.length);
    for (int docId : docIds) {
      RecordVisitor visitor = new RecordVisitor(layout.sectionTextField());
      stored.document(docId, visitor);
      records.add(layout.read(visitor.json, visitor.sectionTexts));
    }
    return records;
  }

  static ChartRecord record(Document doc, StoredRecord layout) {
    String field = layout.sectionTextField();
    return layout.read(
        doc.get(IndexFields.RECORD),
        field == null ? List.of() : Arrays.asList(doc.getValues(field)));
  }

  /**
   * Keeps the stored record's JSON and the section texts, skipping (not decoding) the other fields.
   */
  private static final class RecordVisitor extends StoredFieldVisitor {
    private final String sectionTextField;
    private final List<String> sectionTexts = new ArrayList<>();
    private String json;

    RecordVisitor(String sectionTextField) {
      this.sectionTextField = sectionTextField;
    }

    @Override
    public Status needsField(FieldInfo field) {
      if (IndexFields.RECORD.equals(field.name) || field.name.equals(sectionTextField)) {
        return Status.YES;
      }
      return json != null && sectionTextField == null ? Status.STOP : Status.NO;
    }

    @Override
    public void stringField(FieldInfo field, String value) {
      if (IndexFields.RECORD.equals(field.name)) {
        json = value;
      } else {
        sectionTexts.add(value);
      }
    }
  }

  static StoredChart chart(Document doc, StoredRecord layout) {
    String metadata = doc.get(IndexFields.METADATA);
    try {
      return new StoredChart(
          record(doc, layout),
          doc.get(IndexFields.TEXT),
          metadata == null ? Map.of() : JSON.readValue(metadata, STRINGS));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored metadata is not readable", e);
    }
  }
}
