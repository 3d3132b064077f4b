package io.chartdex.index;

import java.util.List;

/**
 * Some documents of an {@code add} could not be indexed; the others were indexed and committed.
 * Carries one {@link IndexReport.Failure} per document that failed.
 */
public class DocumentIndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<IndexReport.Failure> failures;

  public DocumentIndexException(List<IndexReport.Failure> failures) {
    super(
        failures.size()
            + " document(s) not indexed: "
            + failures.stream().map(f -> f.id() + ": " + f.reason()).toList());
    this.failures = List.copyOf(failures);
  }

  public List<IndexReport.Failure> failures() {
    return failures;
  }
}
