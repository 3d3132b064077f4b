package io.chartdex.opensearch;

import io.chartdex.engine.ChartEngine.IndexProgress;
import io.chartdex.index.IndexReport;
import io.chartdex.ingest.DescriptionSource;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.parse.ChartParser;
import java.io.IOException;
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

/**
 * One bulk indexing run into OpenSearch, as a pipeline: descriptions are parsed and serialised on a
 * pool, this thread gathers them in source order into batches, and full batches go to a small pool
 * of senders so that the cluster indexes one batch while the next is parsed. Descriptions being
 * parsed and batches in flight are both bounded, so a large source cannot outrun the cluster: this
 * thread waits (back-pressure).
 *
 * <p>Outcomes are accounted batch by batch in the order the batches were made, so counts, progress
 * and failures follow the source whatever the thread timing. A repeated id keeps its last version:
 * within one bulk request the cluster applies a shard's items in order, and before a batch holding
 * a repeat of an id already sent in an earlier batch is sent, every earlier batch is waited for.
 * Used by one thread, once.
 */
final class BulkIndexRun {
  /** Descriptions being parsed; bounds memory on large sources. */
  private static final int PARSE_WINDOW = 256;

  /** Bulk requests in flight (each up to {@link BulkWriter#MAX_BYTES}). */
  private static final int SENDING = 2;

  private final ChartParser parser;
  private final ChartDocuments documents;
  private final BulkSender sender;
  private final IndexProgress progress;
  private final long started = System.currentTimeMillis();
  private final Deque<Future<Entry>> parsing = new ArrayDeque<>();
  private final Deque<Future<Sent>> sending = new ArrayDeque<>();
  private final Set<String> sentBefore = new HashSet<>();
  private final Set<String> inBatch = new HashSet<>();
  private final List<IndexReport.Failure> failures = new ArrayList<>();
  private List<Entry> batch = new ArrayList<>();
  private long batchChars;
  private ExecutorService senders;
  private int indexed;
  private int replaced;
  private int withWarnings;
  private long bytes;

  BulkIndexRun(
      ChartParser parser, ChartDocuments documents, BulkSender sender, IndexProgress progress) {
    this.parser = parser;
    this.documents = documents;
    this.sender = sender;
    this.progress = progress;
  }

  /**
   * Indexes the source and returns once the cluster has acknowledged or refused every document.
   *
   * @throws OpenSearchException when the cluster refuses a whole request or cannot be reached
   */
  IndexReport run(DescriptionSource source) throws IOException {
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService parsers = Executors.newFixedThreadPool(threads);
    senders = Executors.newFixedThreadPool(SENDING);
    try {
      source.readInto(new Sink(parsers));
      gather(0);
      handOff();
      account(0);
    } finally {
      parsers.shutdownNow();
      senders.shutdownNow();
    }
    long millis = System.currentTimeMillis() - started;
    progress.update(indexed, bytes, millis);
    return new IndexReport(indexed, replaced, withWarnings, failures, millis, bytes);
  }

  /** Parses, maps and serialises one description (on a parser thread). */
  private Entry prepare(Description d) {
    try {
      ChartRecord record = parser.parse(d);
      BulkSender.Item item =
          BulkSender.Item.of(d.id(), documents.toSource(record, d.text(), d.metadata()));
      long length = d.text().getBytes(StandardCharsets.UTF_8).length;
      return new Entry(d.id(), item, null, !record.warnings().isEmpty(), length);
    } catch (RuntimeException e) {
      return Entry.failed(d.id(), "cannot be parsed or mapped: " + e.getMessage());
    }
  }

  /** Moves the oldest parsed entries, in source order, into batches until {@code keep} remain. */
  private void gather(int keep) {
    while (parsing.size() > keep) {
      Entry entry = result(parsing.removeFirst());
      if (entry.item() != null
          && sentBefore.contains(entry.id())
          && !inBatch.contains(entry.id())) {
        // An earlier version is in a batch already handed off: it must be written first.
        account(0);
      }
      batch.add(entry);
      if (entry.item() != null) {
        inBatch.add(entry.id());
        batchChars += entry.item().lines().length();
      }
      if (inBatch.size() >= BulkWriter.MAX_DOCS || batchChars >= BulkWriter.MAX_BYTES) {
        handOff();
      }
    }
  }

  /** Hands the current batch to a sender, first waiting while {@link #SENDING} are in flight. */
  private void handOff() {
    if (batch.isEmpty()) {
      return;
    }
    account(SENDING - 1);
    List<Entry> entries = batch;
    List<BulkSender.Item> items = entries.stream().map(Entry::item).filter(i -> i != null).toList();
    sending.addLast(senders.submit(() -> new Sent(entries, sender.write(items))));
    sentBefore.addAll(inBatch);
    inBatch.clear();
    batch = new ArrayList<>();
    batchChars = 0;
  }

  /** Accounts for the oldest sent batches, in order, until at most {@code keep} are in flight. */
  private void account(int keep) {
    while (sending.size() > keep) {
      Sent sent = result(sending.removeFirst());
      int next = 0;
      for (Entry entry : sent.entries()) {
        if (entry.item() == null) {
          failures.add(new IndexReport.Failure(entry.id(), entry.failure()));
          continue;
        }
        BulkSender.Result outcome = sent.results().get(next++);
        if (outcome.refusal() != null) {
          failures.add(new IndexReport.Failure(entry.id(), outcome.refusal()));
          continue;
        }
        indexed++;
        replaced += outcome.replaced() ? 1 : 0;
        withWarnings += entry.warned() ? 1 : 0;
        bytes += entry.bytes();
      }
      progress.update(indexed, bytes, System.currentTimeMillis() - started);
    }
  }

  private static <T> T result(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenSearchException("interrupted while indexing into OpenSearch", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new OpenSearchException("a bulk indexing task failed", e.getCause());
    }
  }

  /** Receives descriptions from the source; keeps at most PARSE_WINDOW being parsed. */
  private final class Sink implements DescriptionSource.Sink {
    private final ExecutorService parsers;

    Sink(ExecutorService parsers) {
      this.parsers = parsers;
    }

    @Override
    public void accept(Description description) {
      parsing.addLast(parsers.submit(() -> prepare(description)));
      gather(PARSE_WINDOW - 1);
    }

    @Override
    public void failed(String location, String reason) {
      // Queued in order with the documents so failures are reported in source order.
      parsing.addLast(CompletableFuture.completedFuture(Entry.failed(location, reason)));
    }
  }

  /**
   * One description on its way: its bulk item, or why it has none; {@code bytes} is its text's
   * UTF-8 length.
   */
  private record Entry(
      String id, BulkSender.Item item, String failure, boolean warned, long bytes) {
    static Entry failed(String id, String failure) {
      return new Entry(id, null, failure, false, 0);
    }
  }

  /** A batch as made (entries in source order) with the results of its items. */
  private record Sent(List<Entry> entries, List<BulkSender.Result> results) {}
}
