package io.chartdex.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import io.chartdex.search.AxisRangeQuery;
import io.chartdex.search.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * chartdex's parsed query (a Lucene query tree, already analysed with the search analyzers) → the
 * OpenSearch query DSL over the same terms. Terms stay terms and phrases stay phrases, so matching
 * is the same as in the embedded index; scores match on one shard except where noted in the README
 * (synonym alternatives score as a disjunction, per-shard statistics on many shards). Immutable and
 * thread-safe.
 */
final class QueryTranslator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PHRASE_EXPANSIONS = 64;
  // A map, not a switch expression: forbidden-apis (run on an older JDK) cannot see MatchException.
  private static final java.util.Map<BooleanClause.Occur, String> OCCUR =
      java.util.Map.of(
          BooleanClause.Occur.MUST, "must",
          BooleanClause.Occur.SHOULD, "should",
          BooleanClause.Occur.FILTER, "filter",
          BooleanClause.Occur.MUST_NOT, "must_not");

  private final IndexSchema schema;

  QueryTranslator(IndexSchema schema) {
    this.schema = schema;
  }

  /**
   * @throws InvalidQueryException for a construct the cluster cannot run the same way
   */
  ObjectNode translate(Query query) {
    if (query instanceof MatchAllDocsQuery) {
      return wrap("match_all", JSON.createObjectNode());
    }
    if (query instanceof MatchNoDocsQuery) {
      return wrap("match_none", JSON.createObjectNode());
    }
    if (query instanceof BooleanQuery b) {
      return bool(b);
    }
    if (query instanceof BoostQuery b) {
      ObjectNode bool = JSON.createObjectNode();
      bool.putArray("must").add(translate(b.getQuery()));
      bool.put("boost", b.getBoost());
      return wrap("bool", bool);
    }
    if (query instanceof DisjunctionMaxQuery d) {
      ObjectNode disMax = JSON.createObjectNode().put("tie_breaker", d.getTieBreakerMultiplier());
      ArrayNode queries = disMax.putArray("queries");
      d.getDisjuncts().forEach(q -> queries.add(translate(q)));
      return wrap("dis_max", disMax);
    }
    if (query instanceof ConstantScoreQuery c) {
      return wrap("constant_score", JSON.createObjectNode().set("filter", translate(c.getQuery())));
    }
    if (query instanceof TermQuery t) {
      return term(t.getTerm());
    }
    if (query instanceof SynonymQuery s) {
      return anyOf(s.getTerms().stream().map(this::term).toList());
    }
    if (query instanceof PhraseQuery p) {
      return phrase(p.getField(), texts(p.getTerms()), p.getPositions(), p.getSlop());
    }
    if (query instanceof MultiPhraseQuery m) {
      return multiPhrase(m);
    }
    return multiTerm(query);
  }

  private ObjectNode multiTerm(Query query) {
    if (query instanceof PrefixQuery p) {
      return onField(
          "prefix",
          p.getPrefix().field(),
          JSON.createObjectNode().put("value", p.getPrefix().text()));
    }
    if (query instanceof WildcardQuery w) {
      return onField(
          "wildcard",
          w.getTerm().field(),
          JSON.createObjectNode().put("value", w.getTerm().text()));
    }
    if (query instanceof FuzzyQuery f) {
      ObjectNode body = JSON.createObjectNode().put("value", f.getTerm().text());
      body.put("fuzziness", f.getMaxEdits()).put("prefix_length", f.getPrefixLength());
      body.put("transpositions", f.getTranspositions());
      return onField("fuzzy", f.getTerm().field(), body);
    }
    if (query instanceof TermRangeQuery r) {
      ObjectNode body = JSON.createObjectNode();
      if (r.getLowerTerm() != null) {
        body.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
      }
      if (r.getUpperTerm() != null) {
        body.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
      }
      return onField("range", r.getField(), body);
    }
    if (query instanceof PointRangeQuery p && isDouble(p)) {
      ObjectNode body = JSON.createObjectNode();
      bound(body, "gte", DoublePoint.decodeDimension(p.getLowerPoint(), 0));
      bound(body, "lte", DoublePoint.decodeDimension(p.getUpperPoint(), 0));
      return onField("range", p.getField(), body);
    }
    if (query instanceof RegexpQuery r) {
      return onField(
          "regexp",
          r.getRegexp().field(),
          JSON.createObjectNode().put("value", r.getRegexp().text()));
    }
    if (query instanceof AxisRangeQuery a) {
      return axisRange(a.field(), a.min(), a.max());
    }
    throw new InvalidQueryException(
        "this query cannot run on OpenSearch: "
            + query
            + " ("
            + query.getClass().getSimpleName()
            + ")");
  }

  /** Whether a point range is over one double, the only points chartdex indexes. */
  private static boolean isDouble(PointRangeQuery query) {
    return query.getNumDims() == 1 && query.getBytesPerDim() == Double.BYTES;
  }

  /** An intersects query on a double_range field; infinite ends stay open. */
  ObjectNode axisRange(String luceneField, double min, double max) {
    return rangeOn(field(luceneField), min, max, "intersects");
  }

  static ObjectNode rangeOn(String osField, double min, double max, String relation) {
    ObjectNode body = JSON.createObjectNode().put("relation", relation);
    bound(body, "gte", min);
    bound(body, "lte", max);
    return wrap("range", JSON.createObjectNode().set(osField, body));
  }

  private static void bound(ObjectNode body, String key, double value) {
    if (Double.isFinite(value)) {
      body.put(key, value);
    }
  }

  private ObjectNode bool(BooleanQuery query) {
    ObjectNode bool = JSON.createObjectNode();
    for (BooleanClause clause : query.clauses()) {
      String occur = OCCUR.get(clause.occur());
      bool.withArray(occur).add(translate(clause.query()));
    }
    if (query.clauses().isEmpty()) {
      return wrap("match_none", JSON.createObjectNode());
    }
    if (query.getMinimumNumberShouldMatch() > 0) {
      bool.put("minimum_should_match", query.getMinimumNumberShouldMatch());
    }
    return wrap("bool", bool);
  }

  private ObjectNode term(Term term) {
    return onField("term", term.field(), JSON.createObjectNode().put("value", term.text()));
  }

  /**
   * A phrase of already-analysed terms: the whitespace analyzer keeps them as they are, and a
   * position gap (a removed stop word) widens the slop by the words it skips.
   */
  private ObjectNode phrase(String field, List<String> terms, int[] positions, int slop) {
    int gaps =
        positions.length == 0
            ? 0
            : positions[positions.length - 1] - positions[0] - (positions.length - 1);
    ObjectNode body = JSON.createObjectNode().put("query", String.join(" ", terms));
    body.put("analyzer", "whitespace").put("slop", slop + gaps);
    return onField("match_phrase", field, body);
  }

  private ObjectNode multiPhrase(MultiPhraseQuery query) {
    Term[][] arrays = query.getTermArrays();
    List<List<String>> expansions = new ArrayList<>();
    expansions.add(List.of());
    for (Term[] alternatives : arrays) {
      List<List<String>> grown = new ArrayList<>();
      for (List<String> prefix : expansions) {
        for (Term t : alternatives) {
          List<String> next = new ArrayList<>(prefix);
          next.add(t.text());
          grown.add(next);
        }
      }
      if (grown.size() > MAX_PHRASE_EXPANSIONS) {
        throw new InvalidQueryException("the phrase has too many synonym variants; shorten it");
      }
      expansions = grown;
    }
    String field = arrays[0][0].field();
    return anyOf(
        expansions.stream()
            .map(e -> phrase(field, e, query.getPositions(), query.getSlop()))
            .toList());
  }

  private static ObjectNode anyOf(List<ObjectNode> queries) {
    ObjectNode bool = JSON.createObjectNode();
    ArrayNode should = bool.putArray("should");
    queries.forEach(should::add);
    return wrap("bool", bool);
  }

  private ObjectNode onField(String type, String luceneField, ObjectNode body) {
    return wrap(type, JSON.createObjectNode().set(field(luceneField), body));
  }

  private String field(String luceneField) {
    FieldDef field =
        schema
            .field(luceneField)
            .orElseThrow(
                () ->
                    new InvalidQueryException("unknown field '" + luceneField + "' in the query"));
    return OpenSearchFields.of(field);
  }

  private static List<String> texts(Term[] terms) {
    List<String> texts = new ArrayList<>();
    for (Term t : terms) {
      texts.add(t.text());
    }
    return texts;
  }

  private static ObjectNode wrap(String type, ObjectNode body) {
    ObjectNode node = JSON.createObjectNode();
    node.set(type, body);
    return node;
  }
}
