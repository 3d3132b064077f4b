package io.chartdex.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A query cut down to what can mark one field of a document the whole query matched. The unified
 * highlighter builds the query's weight and asks it for matches once per field per hit, and keeps
 * only that field's matches: with {@code axis:} spread over five fields and words searched in nine,
 * most of that work is for other fields. Stateless.
 *
 * <p>The cut keeps every match in the field. It only changes parts the document is known to match
 * (the query root and, below it, required clauses and the clauses of a pure disjunction that
 * matched): a required part without the field becomes {@code *:*} (it matched, and marks nothing
 * here); an optional part without the field is dropped, and a disjunction that loses one gains a
 * {@code *:*} so it still matches. Everything else (prohibited clauses, minimum-should-match
 * groups, any part whose matching is not known) is kept as it was.
 */
final class FieldQuery {
  private FieldQuery() {}

  /** The query for highlighting {@code field} of documents that match {@code query}. */
  static Query of(Query query, String field) {
    return known(query, field);
  }

  /** A part the document is known to match. */
  private static Query known(Query query, String field) {
    if (!fields(query).contains(field)) {
      return new MatchAllDocsQuery();
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(known(boost.getQuery(), field), boost.getBoost());
    }
    if (query instanceof ConstantScoreQuery constant) {
      return new ConstantScoreQuery(known(constant.getQuery(), field));
    }
    if (query instanceof DisjunctionMaxQuery dismax) {
      List<Query> kept = optional(dismax.getDisjuncts(), field);
      return new DisjunctionMaxQuery(kept, dismax.getTieBreakerMultiplier());
    }
    if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
      return knownBoolean(bool, field);
    }
    return query;
  }

  private static Query knownBoolean(BooleanQuery bool, String field) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<Query> optional = new ArrayList<>();
    boolean required = false;
    for (BooleanClause clause : bool.clauses()) {
      switch (clause.occur()) {
        case MUST, FILTER -> {
          required = true;
          b.add(known(clause.query(), field), clause.occur());
        }
        case SHOULD -> optional.add(clause.query());
        case MUST_NOT -> b.add(clause);
      }
    }
    List<Query> kept = required ? keptAsIs(optional, field) : optional(optional, field);
    kept.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
    return b.build();
  }

  /** Optional parts of a pure disjunction: those on the field, and *:* if any were dropped. */
  private static List<Query> optional(Iterable<Query> disjuncts, String field) {
    List<Query> all = new ArrayList<>();
    disjuncts.forEach(all::add);
    List<Query> kept = keptAsIs(all, field);
    if (kept.size() < all.size()) {
      kept.add(new MatchAllDocsQuery());
    }
    return kept;
  }

  private static List<Query> keptAsIs(List<Query> parts, String field) {
    List<Query> kept = new ArrayList<>();
    for (Query part : parts) {
      if (fields(part).contains(field)) {
        kept.add(part);
      }
    }
    return kept;
  }

  /** The fields a query reads terms from. */
  static Set<String> fields(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) {
              fields.add(t.field());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            fields.add(field);
          }

          @Override
          public void visitLeaf(Query q) {
            // Leaves that name no term (points, ranges) match no highlighted field.
          }
        });
    return fields;
  }
}
