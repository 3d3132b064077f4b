package io.chartdex.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/** Index directories as wholes: holding one's write lock, swapping two, deleting one. */
public final class IndexFiles {
  private IndexFiles() {}

  /**
   * Holds the index's write lock until closed, so no writer can open it meanwhile.
   *
   * @throws IndexLockedException when another writer holds it
   */
  public static Closeable holdWriteLock(Path index) throws IOException {
    Directory directory = FSDirectory.open(index);
    try {
      Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
      return () -> {
        try (directory) {
          lock.close();
        }
      };
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexLockedException(index, e);
    }
  }

  /**
   * Puts {@code replacement} where {@code index} was. Each step is a rename, so a crash leaves
   * either the old index in place or the new one beside a complete ".old" copy.
   */
  public static void swap(Path index, Path replacement) throws IOException {
    Path old = index.resolveSibling(index.getFileName() + ".old");
    deleteTree(old);
    Files.move(index, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(replacement, index, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
  }

  /** Deletes a directory and everything below it; nothing happens when it does not exist. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      Files.delete(path);
    }
  }
}
