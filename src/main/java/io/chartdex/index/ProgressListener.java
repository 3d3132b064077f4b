package io.chartdex.index;

/** Hears how far a long indexing run has come; called from the indexing thread. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (docs, bytes, millis) -> {};

  void update(long docs, long bytes, long elapsedMillis);
}
