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

  /**
   * Reads the span syntax users type on the command line and in URLs: {@code "0..250"}, {@code
   * "32000.."} (open above), {@code "..1"} (open below).
   *
   * @param relation "intersects", "within", "contains", or null for intersects
   * @throws InvalidQueryException naming the role and what is wrong with the span
   */
  public static RangeFilter parse(String role, String span, String relation) {
    int dots = span == null ? -1 : span.indexOf("..");
    if (dots < 0) {
      throw new InvalidQueryException(
          "range on " + role + " must look like min..max, min.. or ..max: " + span);
    }
    return new RangeFilter(
        role,
        end(role, span.substring(0, dots)),
        end(role, span.substring(dots + 2)),
        relation(role, relation));
  }

  private static Double end(String role, String text) {
    String t = text.strip();
    if (t.isEmpty() || t.equals("*")) {
      return null;
    }
    try {
      double value = Double.parseDouble(t);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the role and the text
    }
    throw new InvalidQueryException("range on " + role + ": not a finite number: " + text);
  }

  private static Relation relation(String role, String relation) {
    if (relation == null || relation.isBlank()) {
      return Relation.INTERSECTS;
    }
    for (Relation r : Relation.values()) {
      if (r.name().equalsIgnoreCase(relation.strip())) {
        return r;
      }
    }
    throw new InvalidQueryException(
        "range on " + role + ": relation must be intersects, within or contains: " + relation);
  }
}
