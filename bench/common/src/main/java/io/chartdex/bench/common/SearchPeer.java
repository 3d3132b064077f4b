package io.chartdex.bench.common;

import java.nio.file.Path;

/**
 * One engine under test. {@link #search} must be safe to call from many threads at once, and must
 * do the whole job a user asks for: top 10 hits, the requested facet counts (each dimension
 * counted without its own filter, "multi-select"), and highlighted snippets for the hits.
 */
public interface SearchPeer extends AutoCloseable {

  /**
   * Indexes every description of the corpus, reading the files from disk, and commits so that
   * the index is searchable.
   *
   * @return documents indexed
   */
  long ingest(Path corpusDir) throws Exception;

  /**
   * Runs one query end to end.
   *
   * @return total hits
   */
  long search(BenchQuery query) throws Exception;

  /** Bytes the index takes on disk. */
  long indexBytes() throws Exception;

  /** Opens a peer over an index directory (created when absent). */
  @FunctionalInterface
  interface Factory {
    SearchPeer open(Path indexDir) throws Exception;
  }
}
