package io.chartdex.search;

import io.chartdex.schema.FieldDef;
import io.chartdex.schema.FieldKind;
import io.chartdex.schema.IndexSchema;
import io.chartdex.schema.QueryTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic query syntax over the schema's aliases: {@code title:}, {@code x:}, {@code
 * axis:} (every axis), {@code model:} ... map to index fields; a bare word or phrase searches every
 * default field with its boost; {@code x:[32000 TO *]} on an alias with an axis-range field means
 * "the x-axis range intersects [32000, ∞)" (K, M and B suffixes allowed: 32K). A name that is not
 * an alias or a field is searched as words in the default fields, name included ({@code foo:bar} →
 * "foo bar"), so nothing typed is lost and no query fails for it. Leading wildcards are refused.
 *
 * <p>Not thread-safe (Lucene's parser keeps state): make one per query; it is cheap because the
 * analyzers and schema it holds are shared.
 */
final class ChartQueryParser extends MultiFieldQueryParser {
  private final IndexSchema schema;

  ChartQueryParser(IndexSchema schema) {
    super(
        schema.defaultFieldBoosts().keySet().toArray(String[]::new),
        schema.searchAnalyzer(),
        schema.defaultFieldBoosts());
    this.schema = schema;
    setDefaultOperator(AND_OPERATOR);
    // Whole runs reach the analyzer, so multi-word synonyms ("heat map") apply.
    setSplitOnWhitespace(false);
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    setAllowLeadingWildcard(false);
  }

  /** Builds one query for one index field from (field, text). */
  @FunctionalInterface
  private interface PerField {
    Query build(String field, String text) throws ParseException;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    return expand(
        field,
        queryText,
        (f, t) ->
            keyword(f).isPresent()
                ? exact(keyword(f).get(), t)
                : super.getFieldQuery(f, t, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return expand(field, queryText, (f, t) -> super.getFieldQuery(f, t, slop));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return expand(field, termStr, super::getPrefixQuery);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(field)) {
      return super.getWildcardQuery(field, termStr);
    }
    return expand(field, termStr, super::getWildcardQuery);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return expand(field, termStr, (f, t) -> super.getFuzzyQuery(f, t, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    try {
      return expand(field, termStr, super::getRegexpQuery);
    } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
      // Lucene's RegExp reports a malformed or explosive expression unchecked: it is the user's.
      throw new ParseException("invalid regular expression /" + termStr + "/: " + e.getMessage());
    }
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    Optional<QueryTarget> target = field == null ? Optional.empty() : schema.alias(field);
    if (target.isPresent() && target.get().range() != null) {
      double lo = bound(part1, Double.NEGATIVE_INFINITY, field);
      double hi = bound(part2, Double.POSITIVE_INFINITY, field);
      lo = startInclusive || part1 == null ? lo : Math.nextUp(lo);
      hi = endInclusive || part2 == null ? hi : Math.nextDown(hi);
      if (lo > hi) {
        throw new ParseException("empty range " + field + ":[" + part1 + " TO " + part2 + "]");
      }
      return new AxisRangeQuery(target.get().range().name(), lo, hi);
    }
    return expand(
        field,
        part1 + " " + part2,
        (f, t) ->
            numeric(f)
                ? DoublePoint.newRangeQuery(
                    f,
                    bound(part1, Double.NEGATIVE_INFINITY, f),
                    bound(part2, Double.POSITIVE_INFINITY, f))
                : super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
  }

  /**
   * Applies a per-field builder to what the alias names: the default fields (null), one field, or a
   * group (any of them may match; the best one scores). Unknown names become default-field words.
   */
  private Query expand(String alias, String text, PerField perField) throws ParseException {
    if (alias == null) {
      return perField.build(null, text);
    }
    Optional<QueryTarget> target = schema.alias(alias);
    if (target.isEmpty() && schema.field(alias).isPresent()) {
      // An index field name: Lucene's parser calls back with these while building phrases.
      return perField.build(alias, text);
    }
    if (target.isEmpty()) {
      return perField.build(null, alias + " " + text);
    }
    List<FieldDef> fields = target.get().fields();
    if (fields.isEmpty()) {
      throw new ParseException("'" + alias + ":' takes a range, e.g. " + alias + ":[0 TO 100]");
    }
    if (fields.size() == 1) {
      return perField.build(fields.get(0).name(), text);
    }
    List<Query> alternatives = new ArrayList<>();
    for (FieldDef field : fields) {
      Query q = perField.build(field.name(), text);
      if (q != null) {
        alternatives.add(field.boost() == 1f ? q : new BoostQuery(q, field.boost()));
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private Optional<FieldDef> keyword(String field) {
    return field == null
        ? Optional.empty()
        : schema.field(field).filter(f -> f.kind() == FieldKind.KEYWORD);
  }

  private boolean numeric(String field) {
    return field != null
        && schema.field(field).map(f -> f.kind() == FieldKind.NUMERIC).orElse(false);
  }

  private static Query exact(FieldDef field, String text) {
    return new TermQuery(new Term(field.name(), field.canonical().apply(text)));
  }

  /** A range end: a number, optionally with K/M/B; "*" or absent is open. */
  static double bound(String text, double open, String field) throws ParseException {
    if (text == null || text.equals("*")) {
      return open;
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replace(",", "");
    double scale = 1;
    if (t.endsWith("k") || t.endsWith("m") || t.endsWith("b")) {
      scale = t.endsWith("k") ? 1e3 : t.endsWith("m") ? 1e6 : 1e9;
      t = t.substring(0, t.length() - 1);
    }
    try {
      return Double.parseDouble(t) * scale;
    } catch (NumberFormatException e) {
      throw new ParseException("'" + text + "' is not a number (range on " + field + ":)");
    }
  }
}
