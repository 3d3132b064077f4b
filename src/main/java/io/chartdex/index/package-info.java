/**
 * The writer side: {@link io.chartdex.index.ChartIndex} owns the IndexWriter on an FSDirectory and
 * the SearcherManager. Documents are replaced by id, every run commits, and a run's per-document
 * failures are counted in its {@link io.chartdex.index.IndexReport} rather than ending it. A run
 * parses on a small pool and writes in source order, so its outcome is deterministic. A directory
 * held by another writer fails with {@link io.chartdex.index.IndexLockedException}.
 */
package io.chartdex.index;
