package io.chartdex.search;

import io.chartdex.schema.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter as chartdex uses it: offsets from the postings, whole phrases as one
 * {@code <mark>} span (weight matches), every other character HTML-escaped, and each passage
 * returned separately. No passage is made for a field without a match. Thread-safe.
 */
final class ChartHighlighter extends UnifiedHighlighter {
  static final String PRE = "<mark>";
  static final String POST = "</mark>";

  private ChartHighlighter(Builder builder) {
    super(builder);
  }

  /**
   * The passages of each field for each document: {@code result.get(field)[i]} is the list of
   * fragments for {@code docIds[i]}, empty when the field did not match.
   */
  Map<String, List<String>[]> passages(String[] fields, Query query, int[] docIds, int perField)
      throws IOException {
    int[] maxPassages = new int[fields.length];
    java.util.Arrays.fill(maxPassages, perField);
    Map<String, Object[]> raw = highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    Map<String, List<String>[]> result = new java.util.HashMap<>();
    raw.forEach(
        (field, perDoc) -> {
          @SuppressWarnings("unchecked")
          List<String>[] lists = new List[perDoc.length];
          for (int i = 0; i < perDoc.length; i++) {
            lists[i] = perDoc[i] instanceof Fragments f ? f.fragments() : List.of();
          }
          result.put(field, lists);
        });
    return result;
  }

  /**
   * Highlights each field with only the part of the query that can mark it ({@link FieldQuery}).
   */
  @Override
  protected FieldHighlighter getFieldHighlighter(
      String field, Query query, Set<Term> allTerms, int maxPassages) {
    return super.getFieldHighlighter(field, FieldQuery.of(query, field), allTerms, maxPassages);
  }

  /** Builds highlighters that share the schema's index analyzer and the formatter. */
  static final class Factory {
    private final IndexSchema schema;
    private final PassageFormatter formatter = new FragmentFormatter();

    Factory(IndexSchema schema) {
      this.schema = schema;
    }

    ChartHighlighter build(IndexSearcher searcher, int snippetLength) {
      return new ChartHighlighter(
          UnifiedHighlighter.builder(searcher, schema.indexAnalyzer())
              .withFormatter(formatter)
              .withWeightMatches(true)
              .withMaxNoHighlightPassages(0)
              .withBreakIterator(
                  () ->
                      LengthGoalBreakIterator.createClosestToLength(
                          new PassageBoundaries(), snippetLength, 0.5f)));
    }
  }

  /** The passages of one field of one document, already formatted. */
  record Fragments(List<String> fragments) {}

  /** Formats each passage on its own with Lucene's escaping formatter. */
  private static final class FragmentFormatter extends PassageFormatter {
    private final DefaultPassageFormatter single =
        new DefaultPassageFormatter(PRE, POST, "… ", true);

    @Override
    public Object format(Passage[] passages, String content) {
      List<String> fragments = new ArrayList<>(passages.length);
      for (Passage passage : passages) {
        if (passage.getNumMatches() > 0) {
          // The highlighter joins the values of a multi-valued field with U+0000.
          fragments.add(
              single.format(new Passage[] {passage}, content).replace('\u0000', ' ').strip());
        }
      }
      return new Fragments(List.copyOf(fragments));
    }
  }
}
