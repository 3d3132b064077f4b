package io.chartdex.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.mapping.IndexFields;
import io.chartdex.model.ChartRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;

/** Reads charts back from their stored fields. Stateless and thread-safe. */
final class StoredCharts {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

  private StoredCharts() {}

  static Document document(IndexSearcher searcher, int docId) throws IOException {
    return searcher.storedFields().document(docId);
  }

  static ChartRecord record(Document doc) {
    return read(doc.get(IndexFields.RECORD), ChartRecord.class);
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
