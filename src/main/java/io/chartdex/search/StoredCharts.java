package io.chartdex.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.mapping.IndexFields;
import io.chartdex.model.ChartRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
  static List<ChartRecord> records(IndexSearcher searcher, int[] docIds) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<ChartRecord> records = new ArrayList<>(docIds.length);
    for (int docId : docIds) {
      RecordVisitor visitor = new RecordVisitor();
      stored.document(docId, visitor);
      records.add(read(visitor.json, ChartRecord.class));
    }
    return records;
  }

  static ChartRecord record(Document doc) {
    return read(doc.get(IndexFields.RECORD), ChartRecord.class);
  }

  /** Keeps the stored record's JSON and stops the stored-fields reader once it has it. */
  private static final class RecordVisitor extends StoredFieldVisitor {
    private String json;

    @Override
    public Status needsField(FieldInfo field) {
      if (json != null) {
        return Status.STOP;
      }
      return IndexFields.RECORD.equals(field.name) ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(FieldInfo field, String value) {
      json = value;
    }
  }

  static StoredChart chart(Document doc) {
    String metadata = doc.get(IndexFields.METADATA);
    try {
      return new StoredChart(
          record(doc),
          doc.get(IndexFields.TEXT),
          metadata == null ? Map.of() : JSON.readValue(metadata, STRINGS));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored metadata is not readable", e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored record is not readable", e);
    }
  }
}
