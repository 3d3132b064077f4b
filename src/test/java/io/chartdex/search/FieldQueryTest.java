package io.chartdex.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class FieldQueryTest {
  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  private static Query anyOf(Query... parts) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query part : parts) {
      b.add(part, Occur.SHOULD);
    }
    return b.build();
  }

  @Test
  void requiredWordsKeepOnlyTheirClausesOnTheFieldAndStillMatch() {
    Query query =
        new BooleanQuery.Builder()
            .add(anyOf(term("title", "loss"), term("text", "loss")), Occur.MUST)
            .add(new BoostQuery(term("axis.x", "epoch"), 3f), Occur.MUST)
            .build();

    assertThat(FieldQuery.of(query, "title").toString()).isEqualTo("+(title:loss *:*) +*:*");
    assertThat(FieldQuery.of(query, "axis.x").toString()).isEqualTo("+*:* +(axis.x:epoch)^3.0");
  }

  @Test
  void anAxisPhraseOverSeveralFieldsKeepsTheHighlightedFieldsDisjunct() {
    Query query =
        new DisjunctionMaxQuery(
            java.util.List.of(
                new PhraseQuery("axis.x", "learning", "rate"),
                new PhraseQuery("axis.y", "learning", "rate")),
            0f);

    assertThat(FieldQuery.of(query, "axis.y").toString())
        .isEqualTo("(axis.y:\"learning rate\" | *:*)");
    assertThat(FieldQuery.of(query, "title")).isEqualTo(new MatchAllDocsQuery());
  }

  @Test
  void partsWhoseMatchIsUnknownAndProhibitedClausesAreKeptWhole() {
    Query optionalGroup =
        new BooleanQuery.Builder()
            .add(term("axis.x", "loss"), Occur.MUST)
            .add(term("title", "loss"), Occur.MUST)
            .build();
    Query query =
        new BooleanQuery.Builder()
            .add(optionalGroup, Occur.SHOULD)
            .add(term("text", "curve"), Occur.SHOULD)
            .add(term("title", "draft"), Occur.MUST_NOT)
            .build();

    assertThat(FieldQuery.of(query, "title").toString())
        .isEqualTo("-title:draft (+axis.x:loss +title:loss) *:*");
  }

  @Test
  void minimumShouldMatchGroupsAreKeptWhole() {
    Query group =
        new BooleanQuery.Builder()
            .add(term("title", "a"), Occur.SHOULD)
            .add(term("text", "b"), Occur.SHOULD)
            .add(term("text", "c"), Occur.SHOULD)
            .setMinimumNumberShouldMatch(2)
            .build();

    assertThat(FieldQuery.of(group, "title")).isEqualTo(group);
  }
}
