package io.chartdex.ingest;

import io.chartdex.model.Description;
import java.io.IOException;

/**
 * A supply of descriptions read from somewhere (a file tree, a JSONL dump, a request body). A
 * source reports each item it cannot read to the sink and carries on; it never drops one silently.
 */
@FunctionalInterface
public interface DescriptionSource {
  /**
   * Reads every description, in a stable order, into the sink.
   *
   * @throws IOException when the source as a whole cannot be read (a missing root, say)
   */
  void readInto(Sink sink) throws IOException;

  /** Receives what a source reads. */
  interface Sink {
    void accept(Description description);

    /**
     * An item that could not be read.
     *
     * @param location where it was ("data/a.jsonl:17")
     * @param reason what was wrong with it
     */
    void failed(String location, String reason);
  }
}
