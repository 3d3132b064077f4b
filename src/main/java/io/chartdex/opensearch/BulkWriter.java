package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chartdex.index.IndexReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a known list of documents in bulk batches from the calling thread, which waits for each
 * batch; used by {@code add}, where the caller holds every description already (a whole source goes
 * through {@link BulkIndexRun}, which overlaps parsing with sending). Not thread-safe: one writer
 * per call.
 */
final class BulkWriter {
  /** A batch is sent when it reaches this many documents or {@link #MAX_BYTES} characters. */
  static final int MAX_DOCS = 500;

  static final int MAX_BYTES = 5 * 1024 * 1024;

  private final BulkSender sender;
  private final List<BulkSender.Item> batch = new ArrayList<>();
  private final List<IndexReport.Failure> failures = new ArrayList<>();
  private int bytes;

  BulkWriter(OpenSearchConnection connection, String index) {
    this.sender = new BulkSender(connection, index);
  }

  void add(String id, ObjectNode source) {
    BulkSender.Item item = BulkSender.Item.of(id, source);
    batch.add(item);
    bytes += item.lines().length();
    if (batch.size() >= MAX_DOCS || bytes >= MAX_BYTES) {
      flush();
    }
  }

  /** Sends what is waiting and returns once the cluster has acknowledged or refused every item. */
  void flush() {
    List<BulkSender.Result> results = sender.write(batch);
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).refusal() != null) {
        failures.add(new IndexReport.Failure(batch.get(i).id(), results.get(i).refusal()));
      }
    }
    batch.clear();
    bytes = 0;
  }

  List<IndexReport.Failure> failures() {
    return List.copyOf(failures);
  }
}
