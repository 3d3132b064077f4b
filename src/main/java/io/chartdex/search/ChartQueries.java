package io.chartdex.search;

import io.chartdex.model.ChartRecord;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import io.chartdex.schema.QueryTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** The values of one facet dimension that match a prefix, most frequent first. */
  @FunctionalInterface
  public interface DimensionValues<E extends Exception> {
    List<FacetResult.FacetValue> matching(FieldDef dimension, String prefix) throws E;
  }

  /**
   * As-you-type completions from the schema's suggest facets: case variants of a value merge under
   * its most frequent spelling; values starting with the prefix first, then by count, text, field.
   *
   * @param field a suggest facet name, or null for all of them
   * @throws InvalidQueryException when the field is not a suggest facet
   */
  public static <E extends Exception> List<Suggestion> suggest(
      IndexSchema schema, String field, String prefix, int limit, DimensionValues<E> values)
      throws E {
    Map<String, FieldDef> sources = schema.suggestFacets();
    if (field != null && !sources.containsKey(field)) {
      throw new InvalidQueryException(
          "cannot suggest for '"
              + field
              + "' (known: "
              + String.join(", ", sources.keySet())
              + ")");
    }
    String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    List<Suggestion> found = new ArrayList<>();
    for (Map.Entry<String, FieldDef> source : sources.entrySet()) {
      if (field == null || field.equals(source.getKey())) {
        String name = source.getKey();
        Map<String, Suggestion> byKey = new LinkedHashMap<>();
        // Values arrive most frequent first, so the first spelling of a key is its most frequent.
        for (FacetResult.FacetValue v : values.matching(source.getValue(), p)) {
          byKey.merge(
              v.value().toLowerCase(Locale.ROOT),
              new Suggestion(v.value(), name, v.count()),
              (a, b) -> new Suggestion(a.text(), name, a.weight() + b.weight()));
        }
        found.addAll(byKey.values());
      }
    }
    found.sort(
        Comparator.comparingInt(
                (Suggestion s) -> s.text().toLowerCase(Locale.ROOT).startsWith(p) ? 0 : 1)
            .thenComparingLong(s -> -s.weight())
            .thenComparing(Suggestion::text)
            .thenComparing(Suggestion::field));
    return List.copyOf(found.subList(0, Math.min(Math.max(limit, 0), found.size())));
  }

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
