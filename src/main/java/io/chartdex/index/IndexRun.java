package io.chartdex.index;

import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
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
 * One indexing run: each description is parsed, mapped and written to the (thread-safe) index
 * writer on a small pool, while this thread reads the source and accounts for the outcomes in
 * source order, so the report (counts, failures, progress) never depends on thread timing.
 *
 * <p>Documents with different ids may reach the writer in any order: the committed index is the
 * same. A repeated id must keep its last version, so before a repeat is handed to the pool every
 * earlier document is waited for. Per-document failures are counted, never fatal. Used by one
 * thread, once.
 */
final class IndexRun {
  /** Descriptions in flight; bounds memory on large sources. */
  private static final int WINDOW = 256;

  private static final int PROGRESS_EVERY = 100;

  private final ChartIndex index;
  private final Function<Description, ChartRecord> parser;
  private final ProgressListener progress;
  private final Deque<Future<Outcome>> pending = new ArrayDeque<>();
  private final Set<String> submitted = new HashSet<>();
  private final Set<String> written = new HashSet<>();
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
      drain(0);
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

  /** Parses, maps and writes one description (on a pool thread). */
  private Outcome process(Description d) {
    ChartRecord record;
    Document doc;
    try {
      record = parser.apply(d);
      doc = index.mapper().toDocument(record, d.text(), d.metadata());
    } catch (RuntimeException e) {
      return Outcome.failed(d.id(), "cannot be parsed or mapped: " + reason(e));
    }
    try {
      // The view refreshed when the run began: what this run replaces from earlier runs.
      boolean existed = index.contains(d.id());
      index.write(doc, d.id());
      return new Outcome(d.id(), null, existed, !record.warnings().isEmpty(), utf8Length(d.text()));
    } catch (IllegalArgumentException e) {
      // Lucene refuses this document (an immense term, say); the writer stays usable.
      return Outcome.failed(d.id(), "cannot be indexed: " + reason(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Accounts for the oldest outcomes, in source order, until at most {@code keep} remain. */
  private void drain(int keep) throws IOException {
    while (pending.size() > keep) {
      account(take(pending.removeFirst()));
    }
  }

  private void account(Outcome o) {
    if (o.failure() != null) {
      failures.add(new IndexReport.Failure(o.id(), o.failure()));
      return;
    }
    bytes += o.bytes();
    indexed++;
    boolean again = !written.add(o.id());
    replaced += o.existed() || again ? 1 : 0;
    withWarnings += o.warned() ? 1 : 0;
    if (indexed % PROGRESS_EVERY == 0) {
      progress.update(indexed, bytes, System.currentTimeMillis() - started);
    }
  }

  private static Outcome take(Future<Outcome> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("indexing interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("indexing a document failed unexpectedly", e.getCause());
    }
  }

  /**
   * Bytes of the text in UTF-8, as {@code getBytes(UTF_8).length} counts them (a lone surrogate
   * becomes one '?'), without making the copy.
   */
  static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (!Character.isSurrogate(c)) {
        n += 3;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 1;
      }
    }
    return n;
  }

  /** Receives descriptions from the source; keeps at most WINDOW in flight. */
  private final class Sink implements DescriptionSource.Sink {
    private final ExecutorService pool;

    Sink(ExecutorService pool) {
      this.pool = pool;
    }

    @Override
    public void accept(Description description) {
      try {
        if (!submitted.add(description.id())) {
          // A repeat: every earlier version must be written before this one.
          drain(0);
        }
        pending.addLast(pool.submit(() -> process(description)));
        drain(WINDOW - 1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void failed(String location, String reason) {
      // Queued in order with the documents so failures are reported in source order.
      pending.addLast(CompletableFuture.completedFuture(Outcome.failed(location, reason)));
    }
  }

  /** What became of one description; {@code failure} is null when it was written. */
  private record Outcome(String id, String failure, boolean existed, boolean warned, long bytes) {
    static Outcome failed(String id, String failure) {
      return new Outcome(id, failure, false, false, 0);
    }
  }
}
