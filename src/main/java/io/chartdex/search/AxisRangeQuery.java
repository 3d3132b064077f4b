package io.chartdex.search;

import java.util.Objects;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The axis-range clause of a parsed query ({@code x:[32000 TO *]}): charts whose axis span on the
 * range field intersects [min, max]. It rewrites to Lucene's {@link DoubleRange} intersects query,
 * so the embedded index runs exactly that; it exists as its own node because Lucene's range-field
 * queries expose no getters, and the OpenSearch backend reads the field and bounds from here
 * instead of from printed text. Immutable and thread-safe.
 */
public final class AxisRangeQuery extends Query {
  private final String field;
  private final double min;
  private final double max;
  private final Query intersects;

  /**
   * @param field the axisRange field's name
   * @param min lower bound, inclusive; negative infinity for none
   * @param max upper bound, inclusive; positive infinity for none
   */
  public AxisRangeQuery(String field, double min, double max) {
    this.field = Objects.requireNonNull(field);
    this.min = min;
    this.max = max;
    this.intersects = DoubleRange.newIntersectsQuery(field, new double[] {min}, new double[] {max});
  }

  public String field() {
    return field;
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return intersects;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    intersects.visit(visitor);
  }

  @Override
  public String toString(String defaultField) {
    return intersects.toString(defaultField);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && intersects.equals(((AxisRangeQuery) other).intersects);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + intersects.hashCode();
  }
}
