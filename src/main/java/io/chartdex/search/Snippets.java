package io.chartdex.search;

import io.chartdex.model.ChartRecord;
import io.chartdex.model.Section;
import io.chartdex.schema.FieldDef;
import io.chartdex.schema.IndexSchema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Why each hit matched: highlighted passages from every highlighted field that matched (title and
 * axis labels before prose), or, when nothing matched (a filter-only search), the first sentence(s)
 * of the overview as an unmarked summary. Immutable and thread-safe.
 */
final class Snippets {
  private final IndexSchema schema;
  private final List<FieldDef> fields;
  private final String[] fieldNames;

  Snippets(IndexSchema schema) {
    this.schema = schema;
    this.fields = schema.highlightFields();
    this.fieldNames = fields.stream().map(FieldDef::name).toArray(String[]::new);
  }

  /** The snippets of each document, in the order of {@code docIds}. */
  List<List<Snippet>> of(
      GenerationSearcher searcher,
      Query query,
      int[] docIds,
      List<ChartRecord> records,
      SearchRequest request)
      throws IOException {
    List<List<Snippet>> result = new ArrayList<>();
    // A blank query marks nothing, so every hit falls back to its summary: skip the highlighter,
    // which would still load and scan every highlighted field of every hit.
    if (request.snippets() == 0 || request.query().isBlank()) {
      records.forEach(
          r ->
              result.add(
                  request.snippets() == 0
                      ? List.of()
                      : summary(r, request.snippetLength()).map(List::of).orElse(List.of())));
      return result;
    }
    String[] queried = fieldsIn(query);
    Map<String, List<String>[]> passages =
        queried.length == 0
            ? Map.of()
            : searcher
                .highlighter(request.snippetLength())
                .passages(queried, query, docIds, request.snippets());
    for (int i = 0; i < docIds.length; i++) {
      List<Snippet> snippets = new ArrayList<>();
      for (FieldDef field : fields) {
        List<String>[] perDoc = passages.get(field.name());
        List<String> fragments = perDoc == null ? List.of() : perDoc[i];
        if (!fragments.isEmpty()) {
          snippets.add(new Snippet(field.name(), field.label(), fragments, true));
        }
      }
      if (snippets.isEmpty()) {
        summary(records.get(i), request.snippetLength()).ifPresent(snippets::add);
      }
      result.add(List.copyOf(snippets));
    }
    return result;
  }

  /**
   * The highlighted fields the query has terms in. The highlighter rewrites the query and builds
   * its weight again for every field of every hit, so a field the query cannot match ("axis:" asks
   * for five of the nine) is pure cost: it was half of search time in the benchmark profile.
   */
  private String[] fieldsIn(Query query) {
    Set<String> queried = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) {
              queried.add(t.field());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            queried.add(field);
          }
        });
    return Arrays.stream(fieldNames).filter(queried::contains).toArray(String[]::new);
  }

  /** The overview's first sentence(s) up to about the snippet length, escaped, unmarked. */
  static java.util.Optional<Snippet> summary(ChartRecord record, int length) {
    Section section =
        record.sections().stream()
            .filter(s -> "overview".equals(s.name()))
            .findFirst()
            .orElse(record.sections().isEmpty() ? null : record.sections().get(0));
    if (section == null || section.text() == null || section.text().isBlank()) {
      return java.util.Optional.empty();
    }
    String text = section.text().strip();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int end = sentences.next();
    while (end != BreakIterator.DONE && end < length) {
      int next = sentences.next();
      if (next == BreakIterator.DONE || next > length) {
        break;
      }
      end = next;
    }
    end = end == BreakIterator.DONE ? text.length() : end;
    String label = section.name().equals("overview") ? "Overview" : "Description";
    return java.util.Optional.of(
        new Snippet(section.name(), label, List.of(escape(text.substring(0, end).strip())), false));
  }

  /** The same escaping as Lucene's passage formatter, so summaries and passages read alike. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        case '/' -> out.append("&#x2F;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
