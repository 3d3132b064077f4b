package io.chartdex.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.mapping.IndexFields;
import io.chartdex.model.Description;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The descriptions an index keeps (id, source, original text, metadata), read back so the index can
 * be rebuilt under another index-config. Reads only the reserved stored fields, which do not depend
 * on the schema, so an index built with any configuration can be read. Not a writer: it takes no
 * lock.
 */
public final class StoredOriginals implements DescriptionSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

  private final Path indexDirectory;

  public StoredOriginals(Path indexDirectory) {
    this.indexDirectory = indexDirectory;
  }

  @Override
  public void readInto(Sink sink) throws IOException {
    try (Directory directory = FSDirectory.open(indexDirectory);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        readLeaf(leaf.reader(), sink);
      }
    }
  }

  private static void readLeaf(LeafReader leaf, Sink sink) throws IOException {
    Bits live = leaf.getLiveDocs();
    StoredFields stored = leaf.storedFields();
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      if (live == null || live.get(doc)) {
        read(stored.document(doc), sink);
      }
    }
  }

  private static void read(Document doc, Sink sink) {
    String id = doc.get(IndexFields.ID);
    String text = doc.get(IndexFields.TEXT);
    if (id == null || text == null) {
      sink.failed(id == null ? "(a document without id)" : id, "no stored original text");
      return;
    }
    try {
      JsonNode source = JSON.readTree(doc.get(IndexFields.RECORD)).path("source");
      String metadata = doc.get(IndexFields.METADATA);
      sink.accept(
          new Description(
              id,
              source.isTextual() ? source.asText() : null,
              text,
              metadata == null ? Map.of() : JSON.readValue(metadata, STRINGS)));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      sink.failed(id, "stored record or metadata is not readable: " + e.getMessage());
    }
  }
}
