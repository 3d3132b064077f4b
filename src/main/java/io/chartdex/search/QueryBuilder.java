package io.chartdex.search;

import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import java.util.List;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The user's query text and range filters → a Lucene query. Syntax errors become {@link
 * InvalidQueryException}s that say where ("... at line 1, column 15"). Immutable and thread-safe (a
 * fresh parser per query).
 */
final class QueryBuilder {
  /** Longer queries are refused before parsing: nobody types them, and they cost. */
  static final int MAX_QUERY_LENGTH = 2_000;

  private final IndexSchema schema;

  QueryBuilder(IndexSchema schema) {
    this.schema = schema;
  }

  /** The query for the text; every chart when it is blank. */
  Query parse(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidQueryException(
          "query too long: " + text.length() + " characters, at most " + MAX_QUERY_LENGTH);
    }
    try {
      Query query = new ChartQueryParser(schema).parse(text);
      return query == null ? new BooleanQuery.Builder().build() : query;
    } catch (ParseException e) {
      throw new InvalidQueryException(firstLine(e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("the query has too many clauses; make it more specific", e);
    }
  }

  /** The query restricted by every range filter. */
  Query withRanges(Query query, List<RangeFilter> ranges) {
    if (ranges.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    for (RangeFilter range : ranges) {
      all.add(rangeQuery(range), BooleanClause.Occur.FILTER);
    }
    return all.build();
  }

  private Query rangeQuery(RangeFilter range) {
    FieldDef field = ChartQueries.rangeField(schema, range.role());
    double[] min = {range.min() == null ? Double.NEGATIVE_INFINITY : range.min()};
    double[] max = {range.max() == null ? Double.POSITIVE_INFINITY : range.max()};
    // if, not a switch expression: forbidden-apis (run on an older JDK) cannot see MatchException.
    if (range.relation() == RangeFilter.Relation.WITHIN) {
      return DoubleRange.newWithinQuery(field.name(), min, max);
    }
    if (range.relation() == RangeFilter.Relation.CONTAINS) {
      return DoubleRange.newContainsQuery(field.name(), min, max);
    }
    return DoubleRange.newIntersectsQuery(field.name(), min, max);
  }

  /** Lucene's message up to the position; the list of expected tokens helps nobody. */
  private static String firstLine(String message) {
    int expecting = message.indexOf("\nWas expecting");
    String head = expecting < 0 ? message : message.substring(0, expecting);
    return head.replace('\n', ' ').replaceAll("\\s+", " ").strip();
  }
}
