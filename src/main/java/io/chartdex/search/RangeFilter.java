package io.chartdex.search;

/**
 * Keeps charts whose axis range relates to [min, max] as {@code relation} says. An open end is
 * null: {@code x reaches 32000} is {@code new RangeFilter("x", 32000.0, null, INTERSECTS)}.
 *
 * @param role axis role code ("x", "y", "y2", "colorbar") or "any" for any axis
 * @param min lower end, null for unbounded
 * @param max upper end, null for unbounded
 * @param relation how the axis range must relate to the query range
 */
public record RangeFilter(String role, Double min, Double max, Relation relation) {
  /** How an axis range relates to the query range. */
  public enum Relation {
    /** The axis range overlaps the query range (an axis reaching 32K intersects [32000, inf)). */
    INTERSECTS,
    /** The axis range lies inside the query range. */
    WITHIN,
    /** The axis range covers the whole query range. */
    CONTAINS
  }

  public RangeFilter {
    if (role == null || role.isBlank()) {
      throw new InvalidQueryException(
          "range filter needs an axis role (x, y, y2, colorbar or any)");
    }
    if (min == null && max == null) {
      throw new InvalidQueryException("range filter on " + role + " needs a min, a max or both");
    }
    if (min != null && max != null && min > max) {
      throw new InvalidQueryException(
          "range filter on " + role + ": min " + min + " is greater than max " + max);
    }
    relation = relation == null ? Relation.INTERSECTS : relation;
  }

  public static RangeFilter overlapping(String role, Double min, Double max) {
    return new RangeFilter(role, min, max, Relation.INTERSECTS);
  }
}
