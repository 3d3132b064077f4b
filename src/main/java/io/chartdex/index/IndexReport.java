package io.chartdex.index;

import java.util.List;

/**
 * What one indexing run did. Failed documents are counted and described, never fatal to the run.
 *
 * @param indexed documents now in the index from this run (new plus replaced)
 * @param replaced of those, documents whose id was already indexed (the old version is gone)
 * @param withWarnings documents indexed with parse warnings
 * @param failures documents that could not be read or indexed, each with its reason
 * @param millis wall time of the run
 * @param bytes bytes of description text read
 */
public record IndexReport(
    int indexed, int replaced, int withWarnings, List<Failure> failures, long millis, long bytes) {
  public IndexReport {
    failures = List.copyOf(failures);
  }

  /** Documents per second over the whole run. */
  public double docsPerSecond() {
    return millis == 0 ? indexed : indexed * 1000.0 / millis;
  }

  /**
   * One document that did not make it into the index.
   *
   * @param id the document id, or the input location when no id could be formed
   * @param reason what went wrong
   */
  public record Failure(String id, String reason) {}
}
