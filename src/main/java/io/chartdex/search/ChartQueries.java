package io.chartdex.search;

import io.chartdex.model.ChartRecord;
import io.chartdex.schema.IndexSchema;
import java.util.Optional;
import org.apache.lucene.search.Query;

/**
 * The parts of search that do not depend on where the index lives, for backends other than the
 * embedded one: the query syntax parsed into a Lucene query (which a remote backend translates),
 * the fallback summary and the facet-value prefix rule. Stateless and thread-safe.
 */
public final class ChartQueries {
  private ChartQueries() {}

  /**
   * The user's query as chartdex reads it: aliases expanded, search analyzers applied.
   *
   * @throws InvalidQueryException when the query is malformed
   */
  public static Query parse(IndexSchema schema, String text) {
    return new QueryBuilder(schema).parse(text);
  }

  /** The unmarked summary a hit shows when no highlighted field matched. */
  public static Optional<Snippet> summary(ChartRecord record, int length) {
    return Snippets.summary(record, length);
  }

  /** Whether a facet value or one of its words starts with the prefix, ignoring case. */
  public static boolean valueMatches(String value, String prefix) {
    return FacetCounts.matches(value, prefix);
  }

  /** A cursor for the hit after (score, id), as the embedded engine writes it. */
  public static String cursor(float score, String id) {
    return SearchCursor.encode(score, id);
  }

  /**
   * The (score, id) a cursor continues after.
   *
   * @throws InvalidQueryException when the cursor is malformed
   */
  public static Object[] cursorAfter(String cursor) {
    org.apache.lucene.search.FieldDoc after = SearchCursor.decode(cursor);
    return new Object[] {
      after.fields[0], ((org.apache.lucene.util.BytesRef) after.fields[1]).utf8ToString()
    };
  }
}
