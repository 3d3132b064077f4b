package io.chartdex.index;

import io.chartdex.ingest.DescriptionSource;
import io.chartdex.mapping.DocumentMapper;
import io.chartdex.mapping.IndexFields;
import io.chartdex.model.ChartRecord;
import io.chartdex.model.Description;
import io.chartdex.schema.IndexSchema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The writer side of a chart index on disk: one {@link IndexWriter}, documents replaced by id, a
 * commit after every run, and the {@link SearcherManager} that search acquires searchers from.
 *
 * <p>Thread-safe. Writes (index, add, delete) take turns under a writer lock so that each run's
 * replaced-count and commit are its own (within a run, the pool threads share the writer, which is
 * thread-safe); searches never take that lock.
 */
public final class ChartIndex implements Closeable {
  /** Indexing memory before a flush; the bench's 20,000 descriptions need about 45 MB. */
  static final double RAM_BUFFER_MB = 64;

  private final Path location;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DocumentMapper mapper;
  private final ReentrantLock writeTurn = new ReentrantLock();

  private ChartIndex(
      Path location,
      Directory directory,
      IndexWriter writer,
      SearcherManager searchers,
      IndexSchema schema) {
    this.location = location;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.mapper = new DocumentMapper(schema);
  }

  /**
   * Opens or creates the index in a directory.
   *
   * @param searcherFactory makes the searchers search will use (one per refresh)
   * @throws IndexLockedException when another writer holds the directory
   */
  public static ChartIndex open(Path location, IndexSchema schema, SearcherFactory searcherFactory)
      throws IOException {
    Files.createDirectories(location);
    Directory directory = FSDirectory.open(location);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, writerConfig(schema));
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexLockedException(location.toAbsolutePath(), e);
    }
    stampSchema(writer, directory, location, schema);
    return new ChartIndex(
        location.toAbsolutePath(),
        directory,
        writer,
        new SearcherManager(writer, searcherFactory),
        schema);
  }

  /**
   * The writer's settings. A larger RAM buffer than Lucene's 16 MB flushes fewer, larger segments
   * during a bulk run (less merging, and fewer segments for search to visit); each pool thread of a
   * run writes to its own in-memory segment.
   */
  private static IndexWriterConfig writerConfig(IndexSchema schema) {
    return new IndexWriterConfig(schema.indexAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
  }

  /** Refuses an index committed with another mapping; every later commit records this one. */
  private static void stampSchema(
      IndexWriter writer, Directory directory, Path location, IndexSchema schema)
      throws IOException {
    String configured = SchemaFingerprint.of(schema);
    String built = SchemaFingerprint.stored(writer.getLiveCommitData());
    if (built != null && !built.equals(configured)) {
      try (directory) {
        writer.rollback();
      }
      throw new SchemaMismatchException(location.toAbsolutePath(), built, configured);
    }
    writer.setLiveCommitData(Map.of(SchemaFingerprint.KEY, configured).entrySet());
  }

  /**
   * Parses and indexes (on a small thread pool) everything a source yields, replacing documents by
   * id, then commits. The report follows source order and a repeated id keeps its last version, so
   * a run is deterministic.
   */
  public IndexReport index(
      DescriptionSource source,
      Function<Description, ChartRecord> parser,
      ProgressListener progress)
      throws IOException {
    writeTurn.lock();
    try {
      IndexReport report = new IndexRun(this, parser, progress).run(source);
      commit();
      return report;
    } finally {
      writeTurn.unlock();
    }
  }

  /**
   * Parses and indexes the descriptions and commits.
   *
   * @return the parsed records, in order
   * @throws DocumentIndexException after committing the others, when some could not be indexed
   */
  public List<ChartRecord> add(
      List<Description> descriptions, Function<Description, ChartRecord> parser)
      throws IOException {
    List<ChartRecord> records = descriptions.stream().map(parser).toList();
    writeTurn.lock();
    List<IndexReport.Failure> failures = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < records.size(); i++) {
        Description d = descriptions.get(i);
        try {
          write(mapper.toDocument(records.get(i), d.text(), d.metadata()), d.id());
        } catch (IllegalArgumentException e) {
          failures.add(new IndexReport.Failure(d.id(), IndexRun.reason(e)));
        }
      }
      commit();
    } finally {
      writeTurn.unlock();
    }
    if (!failures.isEmpty()) {
      throw new DocumentIndexException(failures);
    }
    return records;
  }

  /**
   * Deletes a chart and commits.
   *
   * @return whether it was indexed
   */
  public boolean delete(String id) throws IOException {
    writeTurn.lock();
    try {
      searchers.maybeRefreshBlocking();
      boolean existed = contains(id);
      if (existed) {
        writer.deleteDocuments(new Term(IndexFields.ID, id));
        commit();
      }
      return existed;
    } finally {
      writeTurn.unlock();
    }
  }

  /** Where searchers come from: acquire, search, release. */
  public SearcherManager searchers() {
    return searchers;
  }

  /** The index directory, absolute. */
  public Path location() {
    return location;
  }

  /** Bytes the index files take on disk now. */
  public long sizeOnDisk() throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) {
      try {
        bytes += directory.fileLength(file);
      } catch (NoSuchFileException e) {
        // Merged away between listing and sizing: it no longer takes space.
      }
    }
    return bytes;
  }

  DocumentMapper mapper() {
    return mapper;
  }

  void write(Document doc, String id) throws IOException {
    writer.updateDocument(new Term(IndexFields.ID, id), doc);
  }

  /** Whether the last refreshed view has this id (callers refresh first). */
  boolean contains(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(new TermQuery(new Term(IndexFields.ID, id))) > 0;
    } finally {
      searchers.release(searcher);
    }
  }

  private void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    try (directory;
        writer;
        searchers) {
      // Closing in reverse order: searchers, then the writer (which commits), then the directory.
    }
  }
}
