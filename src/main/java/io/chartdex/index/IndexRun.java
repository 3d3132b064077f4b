package io.chartdex.index;

import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.lucene.document.Document;

/**
 * One indexing run: descriptions are parsed and mapped on a small pool (the expensive part) while
 * this thread writes the results in source order, so the outcome never depends on thread timing.
 * Per-document failures are counted, never fatal. Used by one thread, once.
 */
final class IndexRun {
  /** Parsed documents waiting to be written; bounds memory on large sources. */
  private static final int WINDOW = 256;

  private static final int PROGRESS_EVERY = 100;

  private final ChartIndex index;
  private final Function<Description, ChartRecord> parser;
  private final ProgressListener progress;
  private final Deque<Future<Prepared>> pending = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();
  private final List<IndexReport.Failure> failures = new ArrayList<>();
  private final long started = System.currentTimeMillis();
  private int indexed;
  private int replaced;
  private int withWarnings;
  private long bytes;

  IndexRun(ChartIndex index, Function<Description, ChartRecord> parser, ProgressListener progress) {
    this.index = index;
    this.parser = parser;
    this.progress = progress;
  }

  IndexReport run(DescriptionSource source) throws IOException {
    index.searchers().maybeRefreshBlocking();
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      source.readInto(new Sink(pool));
      while (!pending.isEmpty()) {
        writeNext();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
    }
    long millis = System.currentTimeMillis() - started;
    progress.update(indexed, bytes, millis);
    return new IndexReport(indexed, replaced, withWarnings, failures, millis, bytes);
  }

  static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private Prepared prepare(Description d) {
    try {
      ChartRecord record = parser.apply(d);
      Document doc = index.mapper().toDocument(record, d.text(), d.metadata());
      return new Prepared(d, record, doc, null);
    } catch (RuntimeException e) {
      return new Prepared(d, null, null, "cannot be parsed or mapped: " + reason(e));
    }
  }

  private void writeNext() throws IOException {
    Prepared p = take(pending.removeFirst());
    if (p.failure() != null) {
      failures.add(new IndexReport.Failure(p.id(), p.failure()));
      return;
    }
    bytes += p.description().text().getBytes(StandardCharsets.UTF_8).length;
    boolean exists = seen.contains(p.id()) || index.contains(p.id());
    try {
      index.write(p.document(), p.id());
    } catch (IllegalArgumentException e) {
      // Lucene refuses this document (an immense term, say); the writer stays usable.
      failures.add(new IndexReport.Failure(p.id(), "cannot be indexed: " + reason(e)));
      return;
    }
    seen.add(p.id());
    indexed++;
    replaced += exists ? 1 : 0;
    withWarnings += p.record().warnings().isEmpty() ? 0 : 1;
    if (indexed % PROGRESS_EVERY == 0) {
      progress.update(indexed, bytes, System.currentTimeMillis() - started);
    }
  }

  private static Prepared take(Future<Prepared> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("indexing interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException("preparing a document failed unexpectedly", e.getCause());
    }
  }

  /** Receives descriptions from the source; keeps at most WINDOW parses in flight. */
  private final class Sink implements DescriptionSource.Sink {
    private final ExecutorService pool;

    Sink(ExecutorService pool) {
      this.pool = pool;
    }

    @Override
    public void accept(Description description) {
      pending.addLast(pool.submit(() -> prepare(description)));
      if (pending.size() >= WINDOW) {
        try {
          writeNext();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public void failed(String location, String reason) {
      // Queued in order with the documents so failures are reported in source order.
      pending.addLast(
          CompletableFuture.completedFuture(new Prepared(null, null, null, reason, location)));
    }
  }

  private record Prepared(
      Description description,
      ChartRecord record,
      Document document,
      String failure,
      String location) {
    Prepared(Description description, ChartRecord record, Document document, String failure) {
      this(description, record, document, failure, null);
    }

    String id() {
      return description == null ? location : description.id();
    }
  }
}
