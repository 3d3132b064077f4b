package io.chartdex.index;

import java.io.IOException;
import java.nio.file.Path;

/** The index directory is held by another writer (another chartdex process, usually). */
public class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  public IndexLockedException(Path directory, Throwable cause) {
    super(
        "the index in "
            + directory
            + " is in use by another process (its write.lock is held);"
            + " stop the other chartdex or choose another index directory",
        cause);
  }
}
