package io.chartdex.search;

import io.chartdex.model.ChartRecord;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import io.chartdex.schema.QueryTarget;
import java.util.Optional;
import org.apache.lucene.search.Query;

/**
 * The parts of search that do not depend on where the index lives, for backends other than the
 * embedded one: the query syntax parsed into a Lucene query (which a remote backend translates),
 * the fallback summary and the facet-value prefix rule. Stateless and thread-safe.
 */
public final class ChartQueries {
  /** The alias whose range field serves the "any" axis role. */
  private static final String ANY_AXIS_ALIAS = "axis";

  private ChartQueries() {}

  /**
   * The facet dimension a request names.
   *
   * @throws InvalidQueryException naming the known dimensions when there is no such facet
   */
  public static FieldDef facet(IndexSchema schema, String name) {
    return schema
        .facet(name)
        .orElseThrow(
            () ->
                new InvalidQueryException(
                    "unknown facet '"
                        + name
                        + "' (known: "
                        + String.join(
                            ", ", schema.visibleFacets().stream().map(FieldDef::name).toList())
                        + ")"));
  }

  /**
   * The axis-range field for a role ("x", "y", "y2", "colorbar", or "any" for every axis).
   *
   * @throws InvalidQueryException naming the roles when there is no such role
   */
  public static FieldDef rangeField(IndexSchema schema, String role) {
    String alias = role.equals("any") ? ANY_AXIS_ALIAS : role;
    return schema
        .alias(alias)
        .map(QueryTarget::range)
        .orElseThrow(
            () ->
                new InvalidQueryException(
                    "unknown axis role '" + role + "' (known: x, y, y2, colorbar, any)"));
  }

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
